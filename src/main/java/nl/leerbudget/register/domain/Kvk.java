package nl.leerbudget.register.domain;

/** A Chamber of Commerce (KvK) number: eight digits. */
public record Kvk(String digits) {

    public Kvk {
        if (digits == null || !digits.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("a KvK number has eight digits");
        }
    }

    public static boolean isValid(String text) {
        return text != null && text.matches("[0-9]{8}");
    }
}

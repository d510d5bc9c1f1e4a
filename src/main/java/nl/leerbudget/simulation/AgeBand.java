package nl.leerbudget.simulation;

/** The age bands the outputs report by (age on the first day of the first simulated year). */
public enum AgeBand {
    UNDER_25("18-24"),
    FROM_25("25-34"),
    FROM_35("35-44"),
    FROM_45("45-54"),
    FROM_55("55+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgeBand of(int age) {
        if (age < 25) {
            return UNDER_25;
        }
        if (age < 35) {
            return FROM_25;
        }
        if (age < 45) {
            return FROM_35;
        }
        return age < 55 ? FROM_45 : FROM_55;
    }
}

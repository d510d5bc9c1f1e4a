package nl.leerbudget.register;

import java.util.List;
import java.util.Objects;
import nl.leerbudget.shared.Iban;

/** A provider's registration: it starts PENDING until a reviewer admits it. */
public record RegisterProvider(ProviderId id, String kvk, String name, String iban, List<QualityMark> qualityMarks) {

    public RegisterProvider {
        Objects.requireNonNull(id, "id");
        qualityMarks = List.copyOf(qualityMarks);
        if (!nl.leerbudget.register.domain.Kvk.isValid(kvk)) {
            throw new IllegalArgumentException("a KvK number has eight digits");
        }
        if (!Iban.isValid(iban)) {
            throw new IllegalArgumentException("not a valid IBAN");
        }
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a name has 1 to 200 characters");
        }
    }
}

package nl.leerbudget.funding.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** How a line of a file names a person: by BSN (as employers and funds know their people) or by person id. */
public record PersonKey(@Nullable String bsn, nl.leerbudget.shared.@Nullable PersonId person) {

    public PersonKey {
        if ((bsn == null) == (person == null)) {
            throw new IllegalArgumentException("a person is named by a BSN or by a person id");
        }
    }

    public static PersonKey bsn(String bsn) {
        return new PersonKey(Objects.requireNonNull(bsn), null);
    }

    public static PersonKey person(nl.leerbudget.shared.PersonId person) {
        return new PersonKey(null, Objects.requireNonNull(person));
    }
}

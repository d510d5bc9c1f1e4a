package nl.leerbudget.ledger.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.platform.web.ApiProblem;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.shared.PersonId;

/** Money moves only for people the person registry knows: a made-up id gets no account and no deposit. */
final class KnownPeople {

    private KnownPeople() {}

    /**
     * @param fields for each person, the request field that named them, in the same order
     * @throws ApiProblem listing every field that names an unknown person
     */
    static void require(PersonRegistry registry, List<PersonId> people, List<String> fields) {
        Set<PersonId> known = registry.known(people);
        List<FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (!known.contains(people.get(i))) {
                unknown.add(new FieldViolation(fields.get(i), "unknown-person", "no person with this id is known"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid(unknown);
        }
    }
}

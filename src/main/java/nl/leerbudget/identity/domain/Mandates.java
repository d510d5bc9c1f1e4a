package nl.leerbudget.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.shared.PersonId;

public interface Mandates {

    void insert(Mandate mandate);

    Optional<Mandate> find(UUID id);

    List<Mandate> ofCitizen(PersonId citizen);

    List<Mandate> ofAdviser(UUID adviser);

    void revoke(UUID id, java.time.Instant when);

    /** Whether the adviser holds a mandate of the citizen that is active at {@code moment}. */
    boolean active(UUID adviser, PersonId citizen, java.time.Instant moment);
}

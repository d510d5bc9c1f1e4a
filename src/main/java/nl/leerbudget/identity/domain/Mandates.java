package nl.leerbudget.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.shared.PersonId;

public interface Mandates {

    void insert(Mandate mandate);

    Optional<Mandate> find(UUID id);

    List<Mandate> ofCitizen(PersonId citizen);

    List<Mandate> ofAdviser(UUID adviser);

    /** Every mandate, active or not, that the citizen granted the adviser. */
    List<Mandate> between(UUID adviser, PersonId citizen);

    void revoke(UUID id, Instant when);

    /** Whether the adviser holds a mandate of the citizen that is active at {@code moment}. */
    boolean active(UUID adviser, PersonId citizen, Instant moment);
}

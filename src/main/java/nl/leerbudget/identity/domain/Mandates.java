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
}

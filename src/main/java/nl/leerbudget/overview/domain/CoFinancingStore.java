package nl.leerbudget.overview.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.overview.CoFinancingRequest;
import nl.leerbudget.shared.PersonId;

/** Where co-financing requests are kept. */
public interface CoFinancingStore {

    void insert(CoFinancingRequest request);

    Optional<CoFinancingRequest> find(UUID id);

    Optional<CoFinancingRequest> lock(UUID id);

    Optional<CoFinancingRequest> byRequest(UUID requestId);

    /** A person's requests, newest first. */
    List<CoFinancingRequest> ofPerson(PersonId person, int limit);

    /** A funder's requests, open ones first, then newest first. */
    List<CoFinancingRequest> ofFunder(AccountId funder, int limit);

    void decide(CoFinancingRequest decided);
}

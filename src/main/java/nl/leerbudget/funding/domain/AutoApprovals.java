package nl.leerbudget.funding.domain;

import java.time.Instant;
import java.util.Optional;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.Money;

/** Each funder's limit under which co-financing requests are approved without a person looking. */
public interface AutoApprovals {

    Optional<Money> limit(AccountId funder);

    void set(AccountId funder, Money limit, String by, Instant now);

    void remove(AccountId funder);
}

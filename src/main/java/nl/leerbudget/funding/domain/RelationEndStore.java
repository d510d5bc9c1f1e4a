package nl.leerbudget.funding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.leerbudget.funding.Relation;
import nl.leerbudget.funding.RelationEndRule;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.shared.PersonId;

/** What happens at the end of a relation: the rule per compartment a funder filled, and the ends handled. */
public interface RelationEndStore {

    /** A compartment a funder filled for a person, with what happens to it when their relation ends. */
    record CompartmentRule(AccountId compartment, AccountId funder, PersonId person, RelationEndRule rule) {}

    /** One relation's end as handled: how much went where. */
    record Handled(
            Relation relation,
            LocalDate end,
            boolean stillFunded,
            long returnedCents,
            long toStateCents,
            long keptCents,
            long heldCents,
            Instant at) {}

    /** Records the rules; a rule of {@link RelationEndRule#PERSON_KEEPS} is not stored (keeping is what no row means). */
    void recordRules(Collection<CompartmentRule> rules);

    /** The rules of the compartments this funder filled for this person, by compartment. */
    Map<AccountId, RelationEndRule> rulesOf(AccountId funder, PersonId person);

    /** Relations whose last day is before {@code day} and whose end has not been handled, oldest end first. */
    List<Relation> endedAndNotHandled(LocalDate day, int limit);

    /** Records the end as handled, unless it was already: false then, and the caller moves nothing. */
    boolean markHandled(Handled handled);
}

package nl.leerbudget.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.Purpose;
import nl.leerbudget.overview.domain.Budget;
import nl.leerbudget.overview.domain.Offer;
import nl.leerbudget.overview.domain.PlanPolicyReader;
import nl.leerbudget.overview.domain.PlanRules;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.Register;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Financing plans: for the logged-in citizen, or an adviser for the citizen who mandated them, which compartments
 * would pay for an offering and what the person pays. One call reads the offering and the learning account in one
 * read-only transaction and books nothing. The offering is checked with exactly the facts the ledger checks a payment
 * against ({@link Register#purposeOf}: what the register gives the ledger, {@link nl.leerbudget.ledger.Purposes}), so a
 * plan never quotes a payment the ledger would refuse today.
 */
@Service
public class Financing {

    private final Register register;
    private final Ledger ledger;
    private final Actors actors;
    private final Clock clock;
    private final PlanPolicy policy;
    private final Sources sources;

    Financing(Register register, Ledger ledger, Actors actors, Clock clock, Sources sources) {
        this.register = register;
        this.ledger = ledger;
        this.actors = actors;
        this.clock = clock;
        this.sources = sources;
        this.policy = PlanPolicyReader.builtIn();
    }

    /** The outcome of asking for a plan. */
    public sealed interface Quote {
        record Planned(FinancingPlan plan) implements Quote {}

        /** The offering does not exist, or is not public. */
        record UnknownOffering() implements Quote {}

        /** The offering does not start on the day asked; it starts on these days. */
        record NotAStartDate(List<LocalDate> startDates) implements Quote {}
    }

    /**
     * The plan for an offering starting on one of its start dates.
     *
     * @throws NotPermitted unless the actor is a citizen, or an adviser acting for a citizen under a mandate
     */
    @Transactional(readOnly = true)
    public Quote plan(OfferingId offeringId, LocalDate startDate) {
        return planFor(subject(), offeringId, startDate);
    }

    /** The plan for a person whose learning account the actor may read; for bookings, in the caller's transaction. */
    Quote planFor(PersonId person, OfferingId offeringId, LocalDate startDate) {
        return register.offeringToBook(offeringId)
                .map(offering -> planFor(person, offering, startDate))
                .orElseGet(Quote.UnknownOffering::new);
    }

    /** The plan for a person whose learning account the actor may read, for an offering as the register gave it. */
    Quote planFor(PersonId person, OfferingView offering, LocalDate startDate) {
        if (!offering.details().startDates().contains(startDate)) {
            return new Quote.NotAStartDate(offering.details().startDates());
        }
        // The offering as just read, as the ledger will be told it when the money is held.
        Purpose purpose = register.purposeOf(offering);
        Offer offer = new Offer(
                purpose,
                offering.version(),
                offering.details().name(),
                Money.cents(offering.details().priceCents()),
                Money.cents(offering.details().eligibleCostCents()));
        List<AccountView> compartments = ledger.compartmentsOf(person).stream()
                .filter(compartment -> compartment.compartment() != null)
                .toList();
        Map<AccountId, Source> sourceOf = sources.of(compartments);
        List<Budget> budgets = compartments.stream()
                .map(compartment -> Budget.of(compartment, Objects.requireNonNull(sourceOf.get(compartment.id()))))
                .toList();
        // ASSUMPTION: no source tells yet whether someone is a job seeker, so no exemption applies (see the policy).
        return new Quote.Planned(PlanRules.plan(offer, startDate, today(), budgets, policy, Set.of()));
    }

    /** An offering as the register shows it to the actor, for choosing a start date. */
    public Optional<OfferingView> offering(OfferingId offeringId) {
        return register.offering(offeringId);
    }

    /** Whether the actor has plans: a citizen, or an adviser acting for one under a mandate. */
    public boolean hasPlans() {
        return Subject.of(actors.current()) != null;
    }

    public PlanPolicy policy() {
        return policy;
    }

    /** The person whose plan it is: the citizen, or the one an adviser acts for. */
    private PersonId subject() {
        PersonId person = Subject.of(actors.current());
        if (person == null) {
            actors.refuse("financing-plan", "no citizen");
            throw new NotPermitted(
                    "Only a citizen, or an adviser acting for one under a mandate, has a financing plan");
        }
        return person;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Ledger.ZONE);
    }
}

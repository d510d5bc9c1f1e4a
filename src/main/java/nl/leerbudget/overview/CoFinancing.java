package nl.leerbudget.overview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.funding.CoFinancingLimits;
import nl.leerbudget.funding.FunderRelations;
import nl.leerbudget.funding.FundingRule;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.identity.Role;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.overview.domain.CoFinancingStore;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.shared.TimeOrderedIds;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-financing: when a financing plan leaves the person a rest to pay, they ask a funder that funds them to top it
 * up; the funder approves (all or part) or declines with a reason. An approval is a compartment of the person's
 * learning account, funded by that funder and earmarked for the offering (the ledger's condition), opened and filled
 * in one ledger command executed as the funder, so the next plan pays it first and a booking holds it.
 *
 * <p>Who funds a person: the employers, sector funds and municipalities with a relation with them today
 * (employment, membership, client; {@link FunderRelations}). A funder may set a limit under which requests are
 * approved as soon as they come in ({@link CoFinancingLimits}, rule F17); the approval is then made by the system
 * on the funder's behalf and carries that rule as its reason.
 */
@Service
public class CoFinancing {

    private static final int LIST_LIMIT = 200;
    /** How long an approval stays valid after the start date, so that a booking can still hold it. */
    private static final long VALID_DAYS_AFTER_START = 90;

    private final CoFinancingStore store;
    private final Financing financing;
    private final Ledger ledger;
    private final Actors actors;
    private final Clock clock;

    private final FunderRelations relations;
    private final CoFinancingLimits limits;

    CoFinancing(
            CoFinancingStore store,
            Financing financing,
            Ledger ledger,
            Actors actors,
            Clock clock,
            FunderRelations relations,
            CoFinancingLimits limits) {
        this.relations = relations;
        this.limits = limits;
        this.store = store;
        this.financing = financing;
        this.ledger = ledger;
        this.actors = actors;
        this.clock = clock;
    }

    /** A funder a person may ask. */
    public record Funder(AccountId id, String name, FunderType type) {}

    public sealed interface Outcome {
        record Done(CoFinancingRequest request) implements Outcome {}

        record Refused(CoFinancingRule rule) implements Outcome {}

        record NotFound() implements Outcome {}
    }

    /** The funders the person (the citizen, or the one an adviser acts for) may ask. */
    @Transactional(readOnly = true)
    public List<Funder> funders() {
        PersonId person = Subject.of(actors.current());
        return person == null ? List.of() : fundersOf(person);
    }

    /** Asks a funder to pay what the plan for this offering and start date leaves the person to pay. */
    @Transactional
    public Outcome ask(
            UUID requestId, OfferingId offering, LocalDate startDate, AccountId funder, @Nullable String message) {
        Actor actor = actors.current();
        PersonId person = subject(actor);
        Optional<CoFinancingRequest> earlier = store.byRequest(requestId);
        if (earlier.isPresent()) {
            return earlier.get().person().equals(person)
                    ? new Outcome.Done(earlier.get().asReplay())
                    : new Outcome.Refused(CoFinancingRule.REQUEST_ID_REUSED);
        }
        if (!(financing.planFor(person, offering, startDate) instanceof Financing.Quote.Planned planned)) {
            return new Outcome.NotFound();
        }
        FinancingPlan plan = planned.plan();
        if (!plan.rest().isPositive()) {
            return new Outcome.Refused(CoFinancingRule.NOTHING_TO_ASK);
        }
        Optional<Funder> found =
                fundersOf(person).stream().filter(f -> f.id().equals(funder)).findFirst();
        if (found.isEmpty()) {
            return new Outcome.Refused(CoFinancingRule.NO_RELATION);
        }
        boolean open = store.ofPerson(person, LIST_LIMIT).stream()
                .anyMatch(r -> r.state() == CoFinancingRequest.State.REQUESTED
                        && r.funder().equals(funder)
                        && r.offeringId().equalsIgnoreCase(plan.offeringId())
                        && r.startDate().equals(startDate));
        if (open) {
            return new Outcome.Refused(CoFinancingRule.ALREADY_ASKED);
        }
        CoFinancingRequest request = new CoFinancingRequest(
                TimeOrderedIds.next(),
                requestId,
                person,
                funder,
                found.get().name(),
                plan.offeringId(),
                plan.offeringName(),
                startDate,
                plan.rest(),
                message == null || message.isBlank() ? null : message.strip(),
                CoFinancingRequest.State.REQUESTED,
                null,
                null,
                null,
                null,
                actor.userId(),
                now(),
                false);
        store.insert(request);
        if (limits.approvesAutomatically(funder, request.amount())) {
            // The funder's own rule decides; the ledger command is the system's, made on the funder's behalf.
            FundingRule rule = FundingRule.UNDER_LIMIT;
            Optional<CoFinancingRequest> approved = actors.asSystem(() -> fund(
                    request, request.amount(), "regel " + rule.id(), rule.reason() + " (regel " + rule.id() + ")"));
            if (approved.isPresent()) {
                return new Outcome.Done(approved.get());
            }
        }
        return new Outcome.Done(request);
    }

    /** The person's requests, newest first. */
    @Transactional(readOnly = true)
    public List<CoFinancingRequest> mine() {
        PersonId person = Subject.of(actors.current());
        return person == null ? List.of() : store.ofPerson(person, LIST_LIMIT); // an adviser working for no one
    }

    /** The requests to the funder the actor works for, open ones first. For the funder's staff. */
    @Transactional(readOnly = true)
    public List<CoFinancingRequest> inbox() {
        return store.ofFunder(funderOf(actors.current()), LIST_LIMIT);
    }

    /**
     * The funder approves: {@code amount} (at most what was asked; null: all of it) goes into a new compartment of the
     * person's learning account, earmarked for the offering.
     */
    @Transactional
    public Outcome approve(UUID id, @Nullable Money amount) {
        Actor actor = actors.current();
        Optional<CoFinancingRequest> found = funders(actor, id);
        if (found.isEmpty()) {
            return new Outcome.NotFound();
        }
        CoFinancingRequest request = store.lock(id).orElseThrow();
        if (request.state() == CoFinancingRequest.State.APPROVED) {
            return new Outcome.Done(request.asReplay());
        }
        if (request.state() != CoFinancingRequest.State.REQUESTED) {
            return new Outcome.Refused(CoFinancingRule.DECIDED);
        }
        Money given = amount == null ? request.amount() : amount;
        if (!given.isPositive() || given.compareTo(request.amount()) > 0) {
            return new Outcome.Refused(CoFinancingRule.AMOUNT_OUT_OF_RANGE);
        }
        return fund(request, given, actor.userId(), null)
                .<Outcome>map(Outcome.Done::new)
                .orElseGet(() -> new Outcome.Refused(CoFinancingRule.NOT_ENOUGH_MONEY));
    }

    /**
     * Opens and fills the compartment earmarked for the offering, as the current actor, and records the approval;
     * empty when the ledger refuses (the funder cannot pay).
     */
    private Optional<CoFinancingRequest> fund(
            CoFinancingRequest request, Money given, String decidedBy, @Nullable String reason) {
        AccountId compartment = AccountId.derived("cofinancing/" + request.id());
        String label = "Bijdrage " + request.funderName();
        CommandResult result = ledger.execute(new LedgerCommand(
                CommandId.derived("cofinancing/" + request.id() + "/approval"),
                List.of(OpenAccount.compartment(
                        compartment,
                        Unit.EUR,
                        new CompartmentTerms(
                                LearningAccountId.of(request.person()),
                                request.funder(),
                                label.length() > 200 ? label.substring(0, 200) : label,
                                new CompartmentConditions(
                                        java.util.Set.of(), false, request.offeringId(), java.util.Set.of()),
                                null,
                                request.startDate().plusDays(VALID_DAYS_AFTER_START),
                                ExpiryRule.RETURN_TO_FUNDER))),
                List.of(new TransferOrder.Move(
                        request.funder(),
                        compartment,
                        given.cents(),
                        TransferCode.DEPOSIT,
                        "Bijdrage voor " + request.offeringName()))));
        if (!(result instanceof CommandResult.Executed)) {
            return Optional.empty();
        }
        CoFinancingRequest approved =
                request.decided(CoFinancingRequest.State.APPROVED, decidedBy, now(), reason, compartment, given, false);
        store.decide(approved);
        return Optional.of(approved);
    }

    /** The funder declines, with a reason the person sees. */
    @Transactional
    public Outcome decline(UUID id, String reason) {
        Actor actor = actors.current();
        if (funders(actor, id).isEmpty()) {
            return new Outcome.NotFound();
        }
        CoFinancingRequest request = store.lock(id).orElseThrow();
        if (request.state() == CoFinancingRequest.State.DECLINED) {
            return new Outcome.Done(request.asReplay());
        }
        if (request.state() != CoFinancingRequest.State.REQUESTED) {
            return new Outcome.Refused(CoFinancingRule.DECIDED);
        }
        CoFinancingRequest declined = request.decided(
                CoFinancingRequest.State.DECLINED, actor.userId(), now(), reason, null, request.amount(), false);
        store.decide(declined);
        return new Outcome.Done(declined);
    }

    private List<Funder> fundersOf(PersonId person) {
        Map<AccountId, Funder> funders = new LinkedHashMap<>();
        for (FunderRelations.FundedBy funder : relations.fundersOf(person, LocalDate.ofInstant(now(), Ledger.ZONE))) {
            boolean asks = switch (funder.type()) {
                case EMPLOYER, SECTOR_FUND, MUNICIPALITY -> true;
                case STATE, PERSON -> false;
            };
            if (asks) {
                funders.putIfAbsent(funder.funder(), new Funder(funder.funder(), funder.name(), funder.type()));
            }
        }
        return new ArrayList<>(funders.values());
    }

    private PersonId subject(Actor actor) {
        PersonId person = Subject.of(actor);
        if (person == null) {
            actors.refuse("cofinancing", "no citizen");
            throw new NotPermitted("Only a citizen, or an adviser acting for one, asks for co-financing");
        }
        return person;
    }

    private AccountId funderOf(Actor actor) {
        UUID organisation = actor.organisation();
        if (!actor.has(Role.FUNDER) || organisation == null) {
            actors.refuse("cofinancing", "no funder");
            throw new NotPermitted("Only a funder's staff see its co-financing requests");
        }
        return new AccountId(organisation);
    }

    private Optional<CoFinancingRequest> funders(Actor actor, UUID id) {
        Optional<CoFinancingRequest> found = store.find(id)
                .filter(r -> actor.has(Role.FUNDER) && r.funder().value().equals(actor.organisation()));
        if (found.isEmpty()) {
            actors.refuse("cofinancing", id.toString());
        }
        return found;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

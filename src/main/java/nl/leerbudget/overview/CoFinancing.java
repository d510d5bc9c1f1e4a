package nl.leerbudget.overview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.identity.Role;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.LearningAccountView;
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
 * <p>Who funds a person: for now the employers, sector funds and municipalities that fund a compartment of their
 * learning account. Explicit relations (employment, membership) will replace this.
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

    CoFinancing(CoFinancingStore store, Financing financing, Ledger ledger, Actors actors, Clock clock) {
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
            return new Outcome.Refused(CoFinancingRule.NOT_ENOUGH_MONEY);
        }
        CoFinancingRequest approved = request.decided(
                CoFinancingRequest.State.APPROVED, actor.userId(), now(), null, compartment, given, false);
        store.decide(approved);
        return new Outcome.Done(approved);
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
        List<AccountView> compartments = ledger.learningAccountOf(person)
                .map(LearningAccountView::compartments)
                .orElse(List.of());
        Map<AccountId, Funder> funders = new LinkedHashMap<>();
        for (AccountView compartment : compartments) {
            CompartmentTerms terms = compartment.compartment();
            if (terms == null || funders.containsKey(terms.funder())) {
                continue;
            }
            actors.asSystem(() -> ledger.account(terms.funder()))
                    .filter(account -> account.kind() == AccountKind.FUNDER && account.funderType() != null)
                    .filter(account -> switch (Objects.requireNonNull(account.funderType())) {
                        case EMPLOYER, SECTOR_FUND, MUNICIPALITY -> true;
                        case STATE, PERSON -> false;
                    })
                    .ifPresent(account -> funders.put(
                            account.id(),
                            new Funder(account.id(), account.name(), Objects.requireNonNull(account.funderType()))));
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

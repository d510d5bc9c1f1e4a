package nl.leerbudget.schemes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.BenefitFacts;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.identity.Role;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.LedgerRule;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.Statement;
import nl.leerbudget.ledger.Transfer;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.domain.HeldProviders;
import nl.leerbudget.schemes.domain.SchemeStore;
import nl.leerbudget.schemes.domain.TargetExpressionReader;
import nl.leerbudget.schemes.domain.WindowRow;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.shared.TimeOrderedIds;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The voucher schemes' API: schemes defined as data, application windows with their budget and pots, applicant facts,
 * and applications with their receipt and decision.
 *
 * <p>Applications are decided in batches: every request waits in this instance's {@link Intake}, which decides the
 * requests that arrived together in one transaction while it holds the window's row lock. Receipt numbers are handed
 * out under that lock, so receipt order is the order of decision across all instances, and a request is answered only
 * once its receipt and decision are committed: nothing acknowledged is lost. See ADR 0010.
 */
@Service
public class Schemes implements DisposableBean {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,23}");

    private final SchemeStore store;
    private final Ledger ledger;
    private final Register register;
    private final Actors actors;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Decisions decisions;
    private final PayoutRuns payouts;
    private final Intake intake;

    /**
     * Windows and offerings seen to exist, so that an application is checked against the database only in its batch:
     * windows are never removed, and an offering withdrawn since is read again there (and not paid for).
     */
    private final Cache<UUID, Boolean> seen = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(10_000)
            .build();

    Schemes(
            SchemeStore store,
            Ledger ledger,
            Register register,
            Actors actors,
            Clock clock,
            PlatformTransactionManager transactionManager,
            SchemeSettings settings,
            BenefitFacts benefits,
            ObjectProvider<ProviderSettlements> settlements,
            HeldProviders held) {
        this.store = store;
        this.ledger = ledger;
        this.register = register;
        this.actors = actors;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.decisions = new Decisions(store, ledger, register, benefits, clock);
        this.payouts = new PayoutRuns(store, ledger, register, clock, settings, settlements, held);
        this.intake = new Intake(
                (window, batch) ->
                        actors.asSystem(() -> transactions.execute(status -> decisions.decide(window, batch))),
                settings.batchSize(),
                settings.answerWithin());
    }

    @Override
    public void destroy() {
        intake.close();
    }

    // ---------------------------------------------------------------- schemes

    /**
     * Stores a scheme from its text form (see {@link Scheme#parse}). A version is stored once: the same text again is
     * accepted and changes nothing, another text under a stored version is a conflict. For scheme administrators.
     *
     * @throws SchemeDataException listing every problem of the text with its line number
     */
    public Scheme define(String text) {
        Actor actor = requireAdministrator();
        Scheme scheme = Scheme.parse(text, "definition");
        return transactions.execute(status -> {
            Optional<SchemeStore.StoredScheme> stored = store.scheme(scheme.id(), scheme.version());
            if (stored.isPresent()) {
                if (!stored.get().definition().equals(text)) {
                    throw new SchemeConflict(
                            "scheme-version-exists",
                            "Version " + scheme.version() + " of scheme " + scheme.id()
                                    + " exists with another definition; a change is a new version.");
                }
                return scheme;
            }
            store.insertScheme(new SchemeStore.StoredScheme(
                    scheme.id(), scheme.version(), scheme.name(), text, actor.userId(), clock.instant()));
            return scheme;
        });
    }

    /** The latest version of every scheme. Public. */
    public List<Scheme> schemes() {
        return store.latestSchemes().stream().map(Schemes::parsed).toList();
    }

    public Optional<Scheme> scheme(String id, int version) {
        return store.scheme(id, version).map(Schemes::parsed);
    }

    /** The text a scheme version was defined with. */
    public Optional<String> definition(String id, int version) {
        return store.scheme(id, version).map(SchemeStore.StoredScheme::definition);
    }

    private static Scheme parsed(SchemeStore.StoredScheme stored) {
        return Scheme.parse(stored.definition(), stored.id() + " version " + stored.version());
    }

    // ---------------------------------------------------------------- applicants

    /** Records what the basisregistraties say about people (replacing what was known). For the agency and system. */
    public void recordApplicants(List<ApplicantFacts> facts) {
        requireAdministrator();
        transactions.executeWithoutResult(status -> store.saveApplicants(facts, clock.instant()));
    }

    /** What is known about the current actor's person (themselves, or the citizen an adviser acts for). */
    public Optional<ApplicantFacts> applicantFacts() {
        PersonId person = actors.current().subjectPerson();
        if (person == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(store.applicants(List.of(person)).get(person));
    }

    // ---------------------------------------------------------------- windows

    /**
     * Opens an application window: moves its budget from the funder account into a new scheme budget account, all or
     * nothing. For a lottery without a seed, a seed is drawn now and published with the window.
     */
    public SchemeWindow open(OpenWindow order) {
        Actor actor = requireAdministrator();
        Scheme scheme = latest(order.schemeId())
                .orElseThrow(() -> new SchemeConflict("unknown-scheme", "There is no scheme " + order.schemeId()));
        if (!CODE.matcher(order.code()).matches()) {
            throw new IllegalArgumentException("a window code is 1-24 capitals, digits and '-'");
        }
        if (!order.closesAt().isAfter(order.opensAt())) {
            throw new IllegalArgumentException("a window closes after it opens");
        }
        if (!order.budget().isPositive()) {
            throw new IllegalArgumentException("a window's budget is positive");
        }
        List<SubBudget> subBudgets = order.targetGroups().stream()
                .map(OpenWindow.TargetGroup::subBudget)
                .toList();
        Allocator fresh = Allocator.open(new Budget(order.budget()), subBudgets);
        Long seed = order.allocation() == AllocationMethod.LOTTERY
                ? (order.seed() != null ? order.seed() : new SecureRandom().nextLong())
                : null;
        UUID id = TimeOrderedIds.next();
        AccountId budgetAccount = AccountId.derived("scheme-window/" + id);
        List<WindowRow.PotRow> pots = new ArrayList<>();
        List<Allocator.Pot> freshPots = fresh.pots();
        for (int i = 0; i < freshPots.size(); i++) {
            Allocator.Pot pot = freshPots.get(i);
            if (i < order.targetGroups().size()) {
                OpenWindow.TargetGroup group = order.targetGroups().get(i);
                pots.add(new WindowRow.PotRow(
                        pot.name(), group.upToLevel(), target(scheme, group), pot.remaining(), pot.remaining(), false));
            } else {
                pots.add(new WindowRow.PotRow(pot.name(), null, null, pot.remaining(), pot.remaining(), false));
            }
        }
        WindowRow row = new WindowRow(
                id,
                order.code(),
                scheme.id(),
                scheme.version(),
                order.name(),
                order.opensAt(),
                order.closesAt(),
                order.budget(),
                order.allocation(),
                seed,
                order.funderAccount(),
                budgetAccount.value(),
                null,
                null,
                0,
                0,
                0,
                Money.ZERO,
                0,
                pots);
        return actors.asSystem(() -> transactions.execute(status -> {
            if (store.windows().stream().anyMatch(w -> w.code().equals(order.code()))) {
                throw new SchemeConflict("window-code-exists", "There is a window " + order.code() + " already.");
            }
            AccountId funder = new AccountId(order.funderAccount());
            Optional<AccountView> account = ledger.account(funder);
            if (account.isEmpty() || account.get().kind() != AccountKind.FUNDER) {
                throw new SchemeConflict("unknown-funder", "There is no funder account " + funder + ".");
            }
            CommandResult result = ledger.execute(new LedgerCommand(
                    CommandId.derived("scheme-window/" + id + "/budget"),
                    List.of(new OpenAccount(
                            budgetAccount,
                            AccountKind.SCHEME_BUDGET,
                            Unit.EUR,
                            scheme.name() + " " + order.code(),
                            false,
                            null,
                            null)),
                    List.of(new TransferOrder.Move(
                            funder,
                            budgetAccount,
                            order.budget().cents(),
                            TransferCode.DEPOSIT,
                            "Budget " + order.code()))));
            if (!(result instanceof CommandResult.Executed)) {
                status.setRollbackOnly();
                throw new SchemeConflict(
                        "budget-not-available",
                        "The funder account cannot pay the budget of "
                                + order.budget().toDecimalString() + ": " + result);
            }
            store.insertWindow(row, actor.userId(), clock.instant());
            return view(row);
        }));
    }

    public List<SchemeWindow> windows() {
        return store.windows().stream().map(this::view).toList();
    }

    public Optional<SchemeWindow> window(UUID id) {
        return store.window(id).map(this::view);
    }

    /**
     * Closes a window now (if it is still open) and settles what closing settles: a lottery is drawn with its
     * published seed; in a first-come window the money left in every pot is offered to the waiting list. Closing a
     * closed window again draws or promotes nothing twice. For scheme administrators.
     */
    public SchemeWindow close(UUID id) {
        requireAdministrator();
        return actors.asSystem(() -> transactions.execute(status -> {
            WindowRow locked = store.lockWindow(id)
                    .orElseThrow(() -> new SchemeConflict("unknown-window", "There is no window " + id + "."));
            return view(decisions.close(locked));
        }));
    }

    /**
     * The target group of a sub-budget: "up to an education level" written out, or the scheme's group of that code.
     */
    private static TargetExpression target(Scheme scheme, OpenWindow.TargetGroup group) {
        EducationLevel level = group.upToLevel();
        if (level != null) {
            return TargetExpressionReader.read("education-level up-to " + level.name());
        }
        return scheme.group(group.group())
                .orElseThrow(() -> new SchemeConflict(
                        "unknown-target-group",
                        "Scheme " + scheme.id() + " version " + scheme.version() + " defines no target group "
                                + group.group() + "; name one of "
                                + (scheme.groups().isEmpty()
                                        ? "none (give upToLevel)"
                                        : scheme.groups().keySet())
                                + "."));
    }

    SchemeWindow view(WindowRow row) {
        Instant now = clock.instant();
        WindowStatus status = row.receivesAt(now)
                ? WindowStatus.OPEN
                : now.isBefore(row.opensAt()) && row.closedAt() == null ? WindowStatus.PLANNED : WindowStatus.CLOSED;
        return new SchemeWindow(
                row.id(),
                row.code(),
                row.schemeId(),
                row.schemeVersion(),
                row.name(),
                row.opensAt(),
                row.closesAt(),
                status,
                row.budget(),
                row.allocation(),
                row.seed(),
                row.funderAccount(),
                row.budgetAccount(),
                row.pots().stream()
                        .map(p -> new SchemeWindow.PotView(
                                p.pot(), p.upToLevel(), p.target(), p.reserved(), p.remaining(), p.closed()))
                        .toList(),
                row.lastReceipt(),
                row.waiting(),
                row.grantedCount(),
                row.grantedTotal(),
                row.rejectedCount(),
                row.closedAt(),
                row.settledAt());
    }

    private Optional<Scheme> latest(String id) {
        return store.latestSchemes().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .map(Schemes::parsed);
    }

    // ---------------------------------------------------------------- citizens

    /**
     * Would the current actor's person qualify in this window for this offering, if they applied today? Answers with
     * every failing rule; writes nothing.
     */
    public Assessment check(UUID windowId, UUID offeringId) {
        PersonId person = requireApplicant();
        WindowRow window = store.window(windowId)
                .orElseThrow(() -> new SchemeConflict("unknown-window", "There is no window " + windowId + "."));
        requireOffering(offeringId);
        return actors.asSystem(() -> transactions.execute(status -> decisions.assess(window, person, offeringId)));
    }

    /**
     * The windows that are open or planned, soonest closing first, each with whether the current actor's person may
     * qualify in it by the rules about the person (S0 to S5, and A1 once they applied in it): judged on today for an
     * open window, on the day it opens for a planned one. The offering's rules (S6 to S9) follow in {@link #check}
     * once one is chosen. Writes nothing. None for an adviser who does not act for a citizen.
     */
    public List<WindowProspect> prospects() {
        Actor actor = actors.current();
        if (actor.subjectPerson() == null && actor.has(Role.ADVISER)) {
            return List.of();
        }
        PersonId person = requireApplicant();
        LocalDate today = today();
        return actors.asSystem(() -> transactions.execute(status -> {
            Map<String, Scheme> schemes = new HashMap<>();
            List<WindowProspect> prospects = new ArrayList<>();
            for (WindowRow row : store.windows()) {
                SchemeWindow window = view(row);
                if (window.status() == WindowStatus.CLOSED) {
                    continue;
                }
                Scheme scheme = schemes.computeIfAbsent(
                        row.schemeId() + " version " + row.schemeVersion(), key -> decisions.scheme(row));
                LocalDate opens = LocalDate.ofInstant(row.opensAt(), Ledger.ZONE);
                LocalDate day = opens.isAfter(today) ? opens : today;
                prospects.add(
                        new WindowProspect(window, scheme, day, decisions.qualification(row, scheme, person, day)));
            }
            prospects.sort(Comparator.comparing((WindowProspect p) -> p.window().closesAt())
                    .thenComparing(p -> p.window().code()));
            return List.copyOf(prospects);
        }));
    }

    /**
     * Applies for one offering in a window, as the current actor's person (themselves, or the citizen an adviser acts
     * for under a mandate). Answered once the receipt and, in a first-come window, the decision are committed; the
     * same request id again is answered with the same receipt.
     *
     * @throws SchemeConflict when the window does not receive applications now, or the request id was used for
     *     another application
     * @throws IntakeUnavailable when the application could not be recorded now; the client retries with the same
     *     request id
     */
    public SchemeApplication apply(UUID windowId, ApplicationRequest request) {
        Actor actor = actors.current();
        PersonId person = requireApplicant();
        if (seen.getIfPresent(windowId) == null) {
            if (store.window(windowId).isEmpty()) {
                throw new SchemeConflict("unknown-window", "There is no window " + windowId + ".");
            }
            seen.put(windowId, true);
        }
        if (seen.getIfPresent(request.offeringId()) == null) {
            requireOffering(request.offeringId());
            seen.put(request.offeringId(), true);
        }
        return intake.submit(new Intake.Request(windowId, request, person, actor.userId()));
    }

    /**
     * The current actor's person's applications, newest first; none for an adviser who does not act for a citizen.
     */
    public List<SchemeApplication> mine() {
        Actor actor = actors.current();
        if (actor.subjectPerson() == null && actor.has(Role.ADVISER)) {
            return List.of();
        }
        return store.applicationsOf(requireApplicant());
    }

    /** One application: for its person (or their adviser) and scheme administrators; absent for anyone else. */
    public Optional<SchemeApplication> application(UUID id) {
        Actor actor = actors.current();
        Optional<SchemeApplication> found = store.application(id);
        if (found.isEmpty()) {
            return found;
        }
        boolean allowed = actor.isSystem()
                || actor.has(Role.SCHEME_ADMINISTRATOR)
                || found.get().person().equals(actor.subjectPerson());
        if (!allowed) {
            actors.refuse("scheme-application", id.toString());
            return Optional.empty();
        }
        return found;
    }

    /**
     * Applications received per second over the last {@code over} (whole seconds, at least one), rounded to the
     * nearest whole number, for watching a window live. For scheme administrators.
     */
    public long applicationsPerSecond(UUID windowId, Duration over) {
        requireAdministrator();
        long received = store.receivedSince(windowId, clock.instant().minus(over));
        long seconds = Math.max(1, over.toSeconds());
        return (received + seconds / 2) / seconds;
    }

    /** Applications of a window in receipt order, for scheme administrators and the system (the checker). */
    public List<SchemeApplication> applicationsIn(UUID windowId) {
        requireAdministrator();
        WindowRow window = store.window(windowId)
                .orElseThrow(() -> new SchemeConflict("unknown-window", "There is no window " + windowId + "."));
        return store.inWindow(window.id(), window.code(), Set.of(ApplicationStatus.values()));
    }

    // ---------------------------------------------------------------- after the decision

    /**
     * Whether the current actor may act on the application as the provider of its offering (or administers schemes);
     * a refusal is recorded. For a resource to decide before it reads a request's body.
     */
    public boolean mayActAsProvider(UUID applicationId) {
        return providerMay(actors.current(), applicationId).isPresent();
    }

    /**
     * The provider of the granted offering confirms that the person started: the grant is settled from its compartment
     * to the provider's payable account (a SPEND transfer), to be paid in the next payout run. For the provider's staff
     * (and scheme administrators); absent for anyone else. The same request id again is answered with the application
     * as it now is.
     *
     * @throws SchemeConflict when the application holds no grant that can start (not granted, started already, ended,
     *     lapsed on or before today), or the request id was used for something else
     */
    public Optional<SchemeApplication> confirmStart(UUID applicationId, UUID requestId, LocalDate startedOn) {
        Actor actor = actors.current();
        Optional<Granted> found = providerMay(actor, applicationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OfferingView offering = found.get().offering();
        return Optional.of(actors.asSystem(() -> transactions.execute(status -> {
            Optional<SchemeApplication> replay =
                    replay(requestId, applicationId, SchemeStore.ChangeKind.START_CONFIRMED);
            if (replay.isPresent()) {
                return replay.get();
            }
            SchemeApplication grant = store.lockApplication(applicationId).orElseThrow();
            return start(grant, offering, startedOn, requestId, actor.userId(), null);
        })));
    }

    /**
     * Settles a granted application's grant to the provider: a SPEND of the whole grant from its compartment, recorded
     * as the confirmed start. In the caller's transaction; a refusal throws, so the caller's work is undone with it.
     */
    private SchemeApplication start(
            SchemeApplication grant,
            OfferingView offering,
            LocalDate startedOn,
            UUID requestId,
            String by,
            @Nullable String reference) {
        requireStatus(grant, ApplicationStatus.GRANTED);
        LocalDate today = today();
        LocalDate lapsesOn = java.util.Objects.requireNonNull(grant.lapsesOn());
        if (!today.isBefore(lapsesOn)) {
            throw new SchemeConflict(
                    "grant-lapsed",
                    "Grant " + grant.receiptNumber() + " lapsed on " + lapsesOn + " without a confirmed start.");
        }
        if (!startedOn.isBefore(lapsesOn)) {
            throw new SchemeConflict(
                    "start-after-lapse",
                    "A start on " + startedOn + " is too late for grant " + grant.receiptNumber() + ", which lapses on "
                            + lapsesOn + ".");
        }
        AccountId payable = payableAccount(offering);
        CommandId command = CommandId.derived("scheme-application/" + grant.id() + "/start/" + requestId);
        CommandResult result = ledger.execute(LedgerCommand.of(
                command,
                new TransferOrder.Move(
                        new AccountId(java.util.Objects.requireNonNull(grant.compartment())),
                        payable,
                        java.util.Objects.requireNonNull(grant.amount()).cents(),
                        TransferCode.SPEND,
                        reference == null ? grant.receiptNumber() : grant.receiptNumber() + " " + reference,
                        offering.id().toString())));
        if (!(result instanceof CommandResult.Executed executed)) {
            throw new SchemeConflict(
                    "grant-not-payable",
                    "The grant cannot be settled to the provider: " + result + ". Its compartment may be in use.");
        }
        SchemeApplication started = grant.progressed(
                ApplicationStatus.STARTED,
                new SchemeApplication.Start(
                        offering.provider().value(),
                        startedOn,
                        executed.transfers().getFirst().id().value(),
                        null),
                null);
        store.updateProgress(started);
        store.insertChange(new SchemeStore.Change(
                requestId, grant.id(), SchemeStore.ChangeKind.START_CONFIRMED, command.value(), by, clock.instant()));
        return started;
    }

    /**
     * A booking that a grant pays for has started: the grant in this compartment is settled to the provider as a
     * confirmed start is ({@link #confirmStart}), and paid in the next payout run as a grant. In the caller's
     * transaction, as the system; the booking released its hold on the compartment first. The same request id again
     * is answered with the application as it is.
     *
     * @return the grant's application, started; empty when no granted application of the person has this compartment
     * @throws SchemeConflict when the grant cannot start (lapsed, or its compartment cannot pay it)
     */
    public Optional<SchemeApplication> startThroughBooking(
            PersonId person, UUID compartment, UUID offeringId, LocalDate startedOn, UUID requestId, String reference) {
        return actors.asSystem(() -> {
            Optional<SchemeApplication> found = store.applicationsOf(person).stream()
                    .filter(a -> compartment.equals(a.compartment()))
                    .findFirst();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Optional<SchemeApplication> replay =
                    replay(requestId, found.get().id(), SchemeStore.ChangeKind.START_CONFIRMED);
            if (replay.isPresent()) {
                return replay;
            }
            OfferingView offering = register.offering(new OfferingId(offeringId))
                    .orElseThrow(() -> new SchemeConflict("unknown-offering", "No offering " + offeringId));
            SchemeApplication grant = store.lockApplication(found.get().id()).orElseThrow();
            return Optional.of(start(
                    grant, offering, startedOn, requestId, actors.current().userId(), reference));
        });
    }

    /**
     * The provider withdraws a confirmed start before it was paid out (the person did not start after all): the
     * settlement is reversed, so the money is back in the grant's compartment, and the grant holds again until its
     * lapse date. For the provider's staff (and scheme administrators); absent for anyone else.
     *
     * @throws SchemeConflict when no start is confirmed, it was paid already, or the grant's lapse date has come
     */
    public Optional<SchemeApplication> cancelStart(UUID applicationId, UUID requestId) {
        Actor actor = actors.current();
        if (providerMay(actor, applicationId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(actors.asSystem(() -> transactions.execute(status -> {
            Optional<SchemeApplication> replay =
                    replay(requestId, applicationId, SchemeStore.ChangeKind.START_CANCELLED);
            if (replay.isPresent()) {
                return replay.get();
            }
            SchemeApplication started = store.lockApplication(applicationId).orElseThrow();
            requireStatus(started, ApplicationStatus.STARTED);
            LocalDate lapsesOn = java.util.Objects.requireNonNull(started.lapsesOn());
            if (!today().isBefore(lapsesOn)) {
                // The compartment can no longer be spent from; the scheme administrator corrects by hand.
                throw new SchemeConflict(
                        "grant-lapsed",
                        "Grant " + started.receiptNumber() + " lapsed on " + lapsesOn
                                + "; a start can be withdrawn only before then.");
            }
            SchemeApplication.Start start = java.util.Objects.requireNonNull(started.start());
            CommandId command =
                    CommandId.derived("scheme-application/" + applicationId + "/start-cancellation/" + requestId);
            CommandResult result = ledger.execute(LedgerCommand.of(
                    command,
                    new TransferOrder.Reverse(
                            new TransferId(start.settlement()), "Start ingetrokken " + started.receiptNumber())));
            if (!(result instanceof CommandResult.Executed)) {
                status.setRollbackOnly();
                throw new SchemeConflict(
                        "settlement-not-reversible", "The settlement cannot be reversed: " + result + ".");
            }
            SchemeApplication granted = started.progressed(ApplicationStatus.GRANTED, null, null);
            store.updateProgress(granted);
            store.insertChange(new SchemeStore.Change(
                    requestId,
                    applicationId,
                    SchemeStore.ChangeKind.START_CANCELLED,
                    command.value(),
                    actor.userId(),
                    clock.instant()));
            return granted;
        })));
    }

    /**
     * The person (or their adviser) withdraws a grant that has not started: the grant transfer is reversed, so its
     * money is back in the window's budget account, and in the same transaction, under the window's lock, the money is
     * offered to the waiting list. Absent for anyone but the person.
     *
     * @throws SchemeConflict when the application holds no grant that can be withdrawn (not granted, started, ended)
     */
    public Optional<SchemeApplication> withdraw(UUID applicationId, UUID requestId) {
        Actor actor = actors.current();
        PersonId person = requireApplicant();
        Optional<SchemeApplication> found = store.application(applicationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!found.get().person().equals(person)) {
            actors.refuse("scheme-application", applicationId.toString());
            return Optional.empty();
        }
        return Optional.of(actors.asSystem(() -> transactions.execute(status -> {
            Optional<SchemeApplication> replay = replay(requestId, applicationId, SchemeStore.ChangeKind.WITHDRAWN);
            if (replay.isPresent()) {
                return replay.get();
            }
            WindowRow window = store.lockWindow(found.get().windowId()).orElseThrow();
            SchemeApplication grant = store.lockApplication(applicationId).orElseThrow();
            requireStatus(grant, ApplicationStatus.GRANTED);
            CommandId command = CommandId.derived("scheme-application/" + applicationId + "/withdrawal/" + requestId);
            // The grant's transfer has the application's id (Decisions#credit).
            CommandResult result = ledger.execute(LedgerCommand.of(
                    command,
                    new TransferOrder.Reverse(new TransferId(grant.id()), "Ingetrokken " + grant.receiptNumber())));
            if (!(result instanceof CommandResult.Executed)) {
                status.setRollbackOnly();
                throw new SchemeConflict(
                        "grant-in-use",
                        "The grant cannot be withdrawn: " + result + ". Part of it may be reserved or spent.");
            }
            SchemeApplication withdrawn = grant.progressed(ApplicationStatus.WITHDRAWN, null, clock.instant());
            store.updateProgress(withdrawn);
            store.insertChange(new SchemeStore.Change(
                    requestId,
                    applicationId,
                    SchemeStore.ChangeKind.WITHDRAWN,
                    command.value(),
                    actor.userId(),
                    clock.instant()));
            decisions.release(
                    window, List.of(new Decisions.Freed(grant, java.util.Objects.requireNonNull(grant.amount()))));
            return withdrawn;
        })));
    }

    /**
     * Revokes the grants whose lapse date has come (on or before {@code day}) without a confirmed start. The ledger's
     * expiry returns what is left in each grant's compartment to the window's budget account (the compartment is
     * valid until the day before the lapse date, its funder is that account and its rule {@link
     * ExpiryRule#RETURN_TO_FUNDER}); this first asks the ledger to expire those compartments for the day, which its
     * nightly run may have done already, so nothing is booked twice. Then, per window under its lock, the grants are
     * marked lapsed and what came back is offered to the waiting list. A grant whose compartment has not expired yet
     * (granted on or after its lapse date, so valid until the day of the grant) or that a hold still reserves waits for
     * a later run. For the system and scheme administrators.
     */
    public Lapses lapse(LocalDate day) {
        requireAdministrator();
        return actors.asSystem(() -> {
            List<SchemeApplication> due = store.lapsedGrants(day);
            ledger.expire(
                    due.stream()
                            .map(g -> new AccountId(java.util.Objects.requireNonNull(g.compartment())))
                            .toList(),
                    day);
            long lapsed = 0;
            long deferred = 0;
            long promoted = 0;
            for (UUID windowId : new java.util.LinkedHashSet<>(
                    due.stream().map(SchemeApplication::windowId).toList())) {
                long[] counts =
                        java.util.Objects.requireNonNull(transactions.execute(status -> lapseIn(windowId, day)));
                lapsed += counts[0];
                deferred += counts[1];
                promoted += counts[2];
            }
            return new Lapses(day, lapsed, deferred, promoted);
        });
    }

    /** How a lapse run went: grants revoked, grants left for a later run, waiting applications granted instead. */
    public record Lapses(LocalDate day, long lapsed, long deferred, long promoted) {}

    private long[] lapseIn(UUID windowId, LocalDate day) {
        WindowRow window = store.lockWindow(windowId).orElseThrow();
        List<Decisions.Freed> freed = new ArrayList<>();
        long deferred = 0;
        Instant now = clock.instant();
        for (SchemeApplication grant : store.lockLapsedGrants(windowId, day)) {
            AccountId compartment = new AccountId(java.util.Objects.requireNonNull(grant.compartment()));
            AccountView account = ledger.account(compartment).orElseThrow();
            if (account.expiredAt() == null || account.balance() != 0) {
                deferred++; // a hold still reserves part of it; the expiry returns the rest once it is released
                continue;
            }
            store.updateProgress(grant.progressed(ApplicationStatus.LAPSED, null, now));
            freed.add(new Decisions.Freed(grant, returned(compartment, new AccountId(window.budgetAccount()))));
        }
        if (freed.isEmpty()) {
            return new long[] {0, deferred, 0};
        }
        long before = window.grantedCount() - freed.size();
        WindowRow after = decisions.release(window, freed);
        return new long[] {freed.size(), deferred, after.grantedCount() - before};
    }

    /** What the ledger's expiry returned from a compartment to the window's budget account. */
    private Money returned(AccountId compartment, AccountId budget) {
        Statement statement = ledger.statement(
                        compartment, Instant.EPOCH, clock.instant().plus(Duration.ofDays(1)))
                .orElseThrow();
        long cents = 0;
        for (Statement.Line line : statement.lines()) {
            Transfer transfer = line.transfer();
            if (transfer.code() == TransferCode.EXPIRY_RETURN
                    && transfer.debit().equals(compartment)
                    && transfer.credit().equals(budget)) {
                cents = Math.addExact(cents, transfer.amount());
            }
        }
        return Money.cents(cents);
    }

    // ---------------------------------------------------------------- payouts

    /**
     * Pays providers everything settled to them from grants and not yet paid: one PAYOUT ledger transfer per provider
     * from its payable account to the bank, and one SEPA credit transfer file for the run, all in one transaction. The
     * same request id again is answered with the same run. For scheme administrators.
     *
     * @param executionDate the day the bank is to pay; null: today
     * @throws SchemeConflict when nothing is waiting to be paid, a provider has no IBAN, or the request id was used for
     *     a run on another execution date
     */
    public PayoutRun payOut(UUID requestId, @Nullable LocalDate executionDate) {
        Actor actor = requireAdministrator();
        try {
            return java.util.Objects.requireNonNull(actors.asSystem(
                    () -> transactions.execute(status -> payouts.pay(requestId, executionDate, actor.userId()))));
        } catch (DuplicateKeyException race) {
            // Another instance made the run for the same request id at the same moment: answer with that run.
            return store.payoutRunByRequest(requestId).map(PayoutRun::asReplay).orElseThrow(() -> race);
        }
    }

    /** The latest payout runs, newest first. For scheme administrators. */
    public List<PayoutRun> payoutRuns(int limit) {
        requireAdministrator();
        return store.payoutRuns(limit);
    }

    public Optional<PayoutRun> payoutRun(UUID id) {
        requireAdministrator();
        return store.payoutRun(id);
    }

    /** The run's SEPA credit transfer file (pain.001.001.09), as written. */
    public Optional<byte[]> payoutFile(UUID id) {
        requireAdministrator();
        return store.payoutFile(id).map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    /** The granted offering, if the actor may act on the application as its provider. */
    private Optional<Granted> providerMay(Actor actor, UUID applicationId) {
        Optional<SchemeApplication> found = store.application(applicationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<OfferingView> offering = actors.asSystem(
                () -> register.offering(new OfferingId(found.get().offeringId())));
        boolean allowed = actor.isSystem()
                || actor.has(Role.SCHEME_ADMINISTRATOR)
                || (actor.has(Role.PROVIDER)
                        && offering.isPresent()
                        && offering.get().provider().value().equals(actor.organisation()));
        if (!allowed || offering.isEmpty()) {
            actors.refuse("scheme-application", applicationId.toString());
            return Optional.empty();
        }
        return Optional.of(new Granted(found.get(), offering.get()));
    }

    private record Granted(SchemeApplication application, OfferingView offering) {}

    /** The provider's payable account (its id is the provider's), opened at its first settlement. */
    private AccountId payableAccount(OfferingView offering) {
        AccountId payable = new AccountId(offering.provider().value());
        if (ledger.account(payable).isEmpty()) {
            CommandResult opened = ledger.execute(new LedgerCommand(
                    CommandId.derived("provider-payable/" + payable),
                    List.of(new OpenAccount(
                            payable,
                            AccountKind.PROVIDER_PAYABLE,
                            Unit.EUR,
                            offering.providerName().length() > 200
                                    ? offering.providerName().substring(0, 200)
                                    : offering.providerName(),
                            false,
                            null,
                            null)),
                    List.of()));
            if (!(opened instanceof CommandResult.Executed)
                    && !(opened instanceof CommandResult.Rejected r && r.rule() == LedgerRule.ACCOUNT_EXISTS)) {
                throw new IllegalStateException(
                        "cannot open the payable account of " + offering.provider() + ": " + opened);
            }
        }
        return payable;
    }

    private Optional<SchemeApplication> replay(UUID requestId, UUID applicationId, SchemeStore.ChangeKind kind) {
        Optional<SchemeStore.Change> earlier = store.change(requestId);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().application().equals(applicationId) || earlier.get().kind() != kind) {
            throw new SchemeConflict(
                    "request-id-reused", "Request id " + requestId + " was used for another change of an application.");
        }
        return store.application(applicationId).map(SchemeApplication::asReplay);
    }

    private static void requireStatus(SchemeApplication application, ApplicationStatus expected) {
        if (application.status() != expected) {
            throw new SchemeConflict(
                    "application-status",
                    "Application " + application.receiptNumber() + " is " + application.status() + ", not " + expected
                            + ".");
        }
    }

    private void requireOffering(UUID offeringId) {
        Optional<OfferingView> offering = actors.asSystem(() -> register.offering(new OfferingId(offeringId)));
        if (offering.isEmpty()) {
            throw new SchemeConflict("unknown-offering", "There is no offering " + offeringId + " in the register.");
        }
    }

    private PersonId requireApplicant() {
        Actor actor = actors.current();
        PersonId person = actor.subjectPerson();
        if (person == null || !(actor.has(Role.CITIZEN) || actor.has(Role.ADVISER))) {
            throw new NotPermitted("only a citizen, or an adviser acting for one, applies for a scheme");
        }
        return person;
    }

    private Actor requireAdministrator() {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.SCHEME_ADMINISTRATOR)) {
            throw new NotPermitted("only a scheme administrator manages schemes and windows");
        }
        return actor;
    }

    /** Today in the Netherlands. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Ledger.ZONE);
    }
}

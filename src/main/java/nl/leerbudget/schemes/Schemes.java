package nl.leerbudget.schemes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.identity.Role;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.domain.SchemeStore;
import nl.leerbudget.schemes.domain.WindowRow;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.shared.TimeOrderedIds;
import org.springframework.beans.factory.DisposableBean;
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
            SchemeSettings settings) {
        this.store = store;
        this.ledger = ledger;
        this.register = register;
        this.actors = actors;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.decisions = new Decisions(store, ledger, register, clock);
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
            EducationLevel level = i < order.targetGroups().size()
                    ? order.targetGroups().get(i).upToLevel()
                    : null;
            pots.add(new WindowRow.PotRow(pot.name(), level, pot.remaining(), pot.remaining(), false));
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
                                p.pot(), p.upToLevel(), p.reserved(), p.remaining(), p.closed()))
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

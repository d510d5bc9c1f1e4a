package nl.leerbudget.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.ledger.domain.Account;
import nl.leerbudget.ledger.domain.Accounts;
import nl.leerbudget.ledger.domain.Balances;
import nl.leerbudget.ledger.domain.Book;
import nl.leerbudget.ledger.domain.Commands;
import nl.leerbudget.ledger.domain.Fingerprint;
import nl.leerbudget.ledger.domain.HoldState;
import nl.leerbudget.ledger.domain.LearningAccounts;
import nl.leerbudget.ledger.domain.NewCompartments;
import nl.leerbudget.ledger.domain.ReversibleState;
import nl.leerbudget.ledger.domain.Transfers;
import nl.leerbudget.shared.Page;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's API. Commands run in one database transaction per call, however many there are: the accounts they
 * touch are locked in id order, the posting engine decides every command in memory, and each touched account is
 * written once. A transaction that loses a race (a duplicate command id, a deadlock, a lock timeout) is retried.
 */
@Service
public class Ledger {

    /** The day in which validity periods are counted. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Logger log = LoggerFactory.getLogger(Ledger.class);
    private static final int ATTEMPTS = 5;
    private static final int STATEMENT_LIMIT = 1000;
    private static final int EXPIRY_CHUNK = 500;

    private final Accounts accounts;
    private final Transfers transfers;
    private final Commands commands;
    private final LearningAccounts learningAccounts;
    private final NewCompartments newCompartments;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final Clock clock;
    private final Actors actors;
    private final ObjectProvider<Purposes> purposes;
    private final @Nullable GroupCommit groupCommit;

    Ledger(
            Accounts accounts,
            Transfers transfers,
            Commands commands,
            LearningAccounts learningAccounts,
            NewCompartments newCompartments,
            PlatformTransactionManager transactions,
            Clock clock,
            Actors actors,
            ObjectProvider<Purposes> purposes,
            @Value("${leerbudget.ledger.group-size:500}") int groupSize) {
        this.purposes = purposes;
        this.groupCommit = groupSize > 0
                ? new GroupCommit(
                        groupSize,
                        group -> retrying(() -> executeInTransaction(
                                group.stream().map(GroupCommit.Waiting::command).toList(),
                                group.stream().map(GroupCommit.Waiting::actor).toList())))
                : null;
        this.accounts = accounts;
        this.transfers = transfers;
        this.commands = commands;
        this.learningAccounts = learningAccounts;
        this.newCompartments = newCompartments;
        this.writing = new TransactionTemplate(transactions);
        // Inside a caller's transaction the ledger works in a savepoint: a rejected or lost attempt rolls back to it
        // and is retried there, without dooming the caller's transaction; on its own it is an ordinary transaction.
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        this.clock = clock;
        this.actors = actors;
    }

    // ---------------------------------------------------------------- commands

    /**
     * Executes one command. Outside a caller's transaction it goes through group commit: concurrent single commands
     * share one transaction (each decided on its own, with its own caller's rights), and the answer comes once that
     * transaction has committed; a caller alone is not made to wait. Inside a caller's transaction it runs there, in a
     * savepoint.
     */
    public CommandResult execute(LedgerCommand command) {
        if (groupCommit == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return executeAll(List.of(command)).getFirst();
        }
        CommandResult result = groupCommit.execute(command, actors.current());
        recordRefusals(List.of(result));
        return result;
    }

    /** Executes independent commands in one transaction; each is accepted or rejected on its own. */
    public List<CommandResult> executeAll(List<LedgerCommand> batch) {
        requireDistinctIds(batch);
        Actor actor = actors.current();
        List<CommandResult> results = retrying(() ->
                executeInTransaction(batch, batch.stream().map(command -> actor).toList()));
        recordRefusals(results);
        return results;
    }

    /** Group commits run and the commands they held since start, or empty when group commit is off. */
    public Optional<long[]> groupCommitCounts() {
        return Optional.ofNullable(groupCommit).map(GroupCommit::counts);
    }

    /** A refusal is recorded for the caller's own request, on its own thread, whoever ran the transaction. */
    private void recordRefusals(List<CommandResult> results) {
        for (CommandResult result : results) {
            if (result instanceof CommandResult.Rejected rejected && rejected.rule() == LedgerRule.NOT_PERMITTED) {
                actors.refuse("ledger-command", rejected.command().toString());
            }
        }
    }

    /**
     * Opens learning accounts for people who have none, then executes one command, all in one transaction: if the
     * command is rejected, no account is opened either. Bulk deposits use it to be all or nothing.
     */
    public CommandResult executeOpening(List<PersonId> people, LedgerCommand command) {
        requireMayOpen(people);
        try {
            return retrying(() -> {
                        learningAccounts.openAll(people, now());
                        CommandResult result = executeInTransaction(List.of(command), List.of(actors.current()))
                                .getFirst();
                        if (!(result instanceof CommandResult.Executed)) {
                            throw new RejectedInTransaction(result);
                        }
                        return List.of(result);
                    })
                    .getFirst();
        } catch (RejectedInTransaction rejected) {
            recordRefusals(List.of(rejected.result));
            return rejected.result;
        }
    }

    /**
     * Opens a new compartment for each line, filled from one funder account, and learning accounts for people who
     * have none: all in one transaction (inside a caller's, in a savepoint), written in bulk ({@code COPY} on
     * PostgreSQL). The funder account is locked and updated once. For the executing agency and the system only.
     */
    public BulkCredit.Result creditInBulk(BulkCredit credit) {
        requireOperator();
        String fingerprint = Fingerprint.of(credit);
        long total = credit.total();
        try {
            return retrying(() -> List.of(creditInTransaction(credit, fingerprint, total)))
                    .getFirst();
        } catch (BulkRejected rejected) {
            return rejected.result;
        }
    }

    /**
     * Writes the rows first and locks the funder account last, just before its one update: concurrent chunks then
     * hold the one hot row only for that update, not while their rows are copied in.
     */
    private BulkCredit.Result creditInTransaction(BulkCredit credit, String fingerprint, long total) {
        String known = commands.fingerprints(List.of(credit.command())).get(credit.command());
        if (known != null) {
            return known.equals(fingerprint)
                    ? new BulkCredit.Result.Credited(
                            credit.command(), credit.lines().size(), 0, total, true)
                    : new BulkCredit.Result.IdConflict(credit.command());
        }
        Optional<Account> found = accounts.find(credit.funder());
        if (found.isEmpty()) {
            return new BulkCredit.Result.Rejected(
                    credit.command(), LedgerRule.UNKNOWN_ACCOUNT, "no funder account " + credit.funder());
        }
        AccountKind payer = found.get().kind();
        if ((payer != AccountKind.FUNDER && payer != AccountKind.SCHEME_BUDGET)
                || found.get().unit() != Unit.EUR) {
            return new BulkCredit.Result.Rejected(
                    credit.command(),
                    LedgerRule.UNIT_MISMATCH,
                    "account " + credit.funder() + " is not a funder or scheme budget account in euros");
        }
        Instant now = now();
        commands.insert(Map.of(credit.command(), fingerprint), now);
        List<PersonId> people =
                credit.lines().stream().map(BulkCredit.Line::person).toList();
        Set<PersonId> withAccount = newCompartments.withLearningAccount(people);
        List<PersonId> withoutAccount =
                people.stream().filter(p -> !withAccount.contains(p)).toList();
        newCompartments.insert(credit, withoutAccount, now);

        Account funder = accounts.lock(List.of(credit.funder())).getFirst();
        Balances before = funder.balances();
        Balances after = new Balances(
                Math.addExact(before.debitsPosted(), total),
                before.creditsPosted(),
                before.debitsPending(),
                before.creditsPending());
        if (!funder.withinLimits(after)) {
            throw new BulkRejected(new BulkCredit.Result.Rejected(
                    credit.command(),
                    LedgerRule.INSUFFICIENT_FUNDS,
                    "funder account " + credit.funder() + " cannot pay " + total + " cents"));
        }
        accounts.update(List.of(funder.with(after)));
        return new BulkCredit.Result.Credited(
                credit.command(), credit.lines().size(), withoutAccount.size(), total, false);
    }

    /** Opens the learning account of a person, or finds the one they have. */
    public LearningAccountOpened openLearningAccount(PersonId person) {
        requireMayOpen(List.of(person));
        return retrying(() -> {
                    Optional<LearningAccounts.Entry> existing = learningAccounts.ofPerson(person);
                    if (existing.isPresent()) {
                        return List.of(new LearningAccountOpened(view(existing.get()), false));
                    }
                    LearningAccounts.Entry entry =
                            learningAccounts.openAll(List.of(person), now()).getFirst();
                    return List.of(new LearningAccountOpened(view(entry), true));
                })
                .getFirst();
    }

    /** Opens learning accounts for everyone in the list who has none. */
    public List<LearningAccountId> openLearningAccounts(List<PersonId> people) {
        requireMayOpen(people);
        return retrying(() -> learningAccounts.openAll(people, now()).stream()
                .map(LearningAccounts.Entry::id)
                .toList());
    }

    /** Releases holds whose timeout has passed; returns how many. */
    public long releaseTimedOutHolds() {
        requireOperator();
        long released = 0;
        while (true) {
            List<TransferId> timedOut = transfers.timedOutHolds(now(), EXPIRY_CHUNK);
            if (timedOut.isEmpty()) {
                break;
            }
            List<LedgerCommand> releases = timedOut.stream()
                    .map(hold ->
                            LedgerCommand.of(CommandId.derived("timeout/" + hold), new TransferOrder.Release(hold)))
                    .toList();
            long now = executeAll(releases).stream()
                    .filter(r -> r instanceof CommandResult.Executed e && !e.replayed())
                    .count();
            if (now == 0) {
                break; // nothing released this round: never spin on holds that cannot be released
            }
            released += now;
        }
        return released;
    }

    /** Releases holds past their timeout, then expires compartments whose validity ended before {@code day}. */
    public ExpiryReport expire(LocalDate day) {
        requireOperator();
        long released = releaseTimedOutHolds();
        long expired = 0;
        long returned = 0;
        long lapsed = 0;
        // The smallest UUID in the database's (unsigned, byte-wise) order.
        AccountId after = new AccountId(new java.util.UUID(0, 0));
        while (true) {
            List<AccountId> chunk = accounts.expiredAfter(after, day, EXPIRY_CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            after = chunk.getLast();
            long[] totals =
                    retrying(() -> List.of(expireInTransaction(chunk, day))).getFirst();
            expired += totals[0];
            returned += totals[1];
            lapsed += totals[2];
        }
        log.info(
                "Expiry run for {}: {} holds released, {} compartments expired, {} returned, {} lapsed (hundredths)",
                day,
                released,
                expired,
                returned,
                lapsed);
        return new ExpiryReport(released, expired, returned, lapsed);
    }

    /**
     * Expires these compartments as the nightly run does, those whose validity ended before {@code day}: for a module
     * that ends the use of its own compartments (a scheme revoking unused grants) without moving the whole ledger to
     * that day. Others in the list are left alone; a compartment expired before is visited again only for what a
     * released hold gave back.
     */
    public ExpiryReport expire(Collection<AccountId> compartments, LocalDate day) {
        requireOperator();
        List<AccountId> sorted = compartments.stream().distinct().sorted().toList();
        long expired = 0;
        long returned = 0;
        long lapsed = 0;
        for (int from = 0; from < sorted.size(); from += EXPIRY_CHUNK) {
            List<AccountId> chunk = sorted.subList(from, Math.min(sorted.size(), from + EXPIRY_CHUNK));
            long[] totals =
                    retrying(() -> List.of(expireInTransaction(chunk, day))).getFirst();
            expired += totals[0];
            returned += totals[1];
            lapsed += totals[2];
        }
        return new ExpiryReport(0, expired, returned, lapsed);
    }

    // ---------------------------------------------------------------- queries

    public Optional<AccountView> account(AccountId id) {
        return read(() -> visible(accounts.find(id), "account", id).map(Ledger::view));
    }

    /**
     * Several accounts at once, in one query, each as {@link #account} shows it: by id; an unknown id is absent, and so
     * is an account the actor may not see (recorded as a refusal).
     */
    public Map<AccountId, AccountView> accounts(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return read(() -> {
            Map<AccountId, AccountView> found = new LinkedHashMap<>();
            for (Account account : accounts.findAll(ids)) {
                visible(Optional.of(account), "account", account.id()).ifPresent(a -> found.put(a.id(), view(a)));
            }
            return found;
        });
    }

    public Page<AccountView> accounts(AccountKind kind, int page, int pageSize) {
        requireOperator();
        return read(() -> {
            long total = accounts.countOfKind(kind);
            List<AccountView> items = accounts.ofKind(kind, (page - 1) * pageSize, pageSize).stream()
                    .map(Ledger::view)
                    .toList();
            return new Page<>(items, page, pageSize, total);
        });
    }

    public Optional<LearningAccountView> learningAccount(LearningAccountId id) {
        if (!LedgerAccess.maySeeLearningAccount(actors.current(), id)) {
            actors.refuse("learning-account", id.toString());
            return Optional.empty();
        }
        return read(() -> learningAccounts.find(id).map(this::view));
    }

    public Optional<LearningAccountView> learningAccountOf(PersonId person) {
        return learningAccount(LearningAccountId.of(person));
    }

    /**
     * The compartments of a person's learning account, in the order they were opened, in one read (without the
     * account's own row): empty when the person has no learning account, and for whoever may not see it.
     */
    public List<AccountView> compartmentsOf(PersonId person) {
        LearningAccountId id = LearningAccountId.of(person);
        if (!LedgerAccess.maySeeLearningAccount(actors.current(), id)) {
            actors.refuse("learning-account", id.toString());
            return List.of();
        }
        return read(() -> accounts.compartmentsOf(id).stream().map(Ledger::view).toList());
    }

    /**
     * What moved money into or out of the compartments of a learning account, newest first, one page: deposits,
     * grants, payments, expiry, corrections. Holds and releases move nothing and are left out (a compartment's
     * {@code held} shows what holds reserve). Empty for an unknown account, and for whoever may not see it.
     */
    public Optional<Page<Movement>> movements(LearningAccountId id, int page, int pageSize) {
        if (!LedgerAccess.maySeeLearningAccount(actors.current(), id)) {
            actors.refuse("learning-account", id.toString());
            return Optional.empty();
        }
        return read(() -> learningAccounts
                .find(id)
                .map(found -> new Page<>(
                        transfers.movementsOf(id, Math.multiplyExact(page - 1, pageSize), pageSize),
                        page,
                        pageSize,
                        transfers.countMovementsOf(id))));
    }

    /**
     * Per compartment of a learning account, what it paid to providers (SPEND, paid at once or settled from a hold);
     * a compartment that paid nothing is absent. A reversed payment still counts: the reversal is a movement of its
     * own. Empty for an unknown account, and for whoever may not see it.
     */
    public Optional<Map<AccountId, Long>> spent(LearningAccountId id) {
        if (!LedgerAccess.maySeeLearningAccount(actors.current(), id)) {
            actors.refuse("learning-account", id.toString());
            return Optional.empty();
        }
        return read(() -> learningAccounts
                .find(id)
                .map(found -> Map.copyOf(transfers.outOfCompartments(id, TransferCode.SPEND))));
    }

    public Page<LearningAccountView> learningAccounts(int page, int pageSize) {
        requireOperator();
        return read(() -> new Page<>(
                learningAccounts.page((page - 1) * pageSize, pageSize).stream()
                        .map(this::view)
                        .toList(),
                page,
                pageSize,
                learningAccounts.count()));
    }

    /**
     * The people who have a learning account, in person id order after the given one (null: from the start), for
     * checks that every account belongs to a known person. For the executing agency and the system.
     */
    public List<PersonId> learningAccountOwners(@Nullable PersonId after, int limit) {
        requireOperator();
        return read(() -> learningAccounts.owners(after, limit));
    }

    /**
     * Whether a learning account exists and, if given, holds the compartment: what a funder needs to know to deposit
     * into it, without seeing any of its content.
     */
    public boolean acceptsDeposits(LearningAccountId id, @Nullable AccountId compartment) {
        Actor actor = actors.current();
        if (!LedgerAccess.isOperator(actor)
                && !actor.has(nl.leerbudget.identity.Role.FUNDER)
                && !LedgerAccess.maySeeLearningAccount(actor, id)) {
            actors.refuse("learning-account", id.toString());
            return false;
        }
        return read(() -> learningAccounts.find(id).isPresent()
                && (compartment == null
                        || accounts.find(compartment)
                                .map(a -> a.compartment() != null
                                        && a.compartment().learningAccount().equals(id))
                                .orElse(false)));
    }

    /** The accounts an executed command opened, as they are now, for whoever executed it. */
    public List<AccountView> openedBy(CommandResult.Executed executed) {
        return read(() ->
                accounts.findAll(executed.opened()).stream().map(Ledger::view).toList());
    }

    /** The transfers of a command that was executed, in order. */
    public List<Transfer> transfersOf(CommandId command) {
        requireOperator();
        return read(() -> transfers.ofCommand(command));
    }

    public Optional<Transfer> transfer(TransferId id) {
        return read(() -> transfers.find(id).filter(t -> mayFollow(t, id)));
    }

    /**
     * Whether the current actor may settle the hold, for a resource to decide before it reads the request's body: true
     * for an unknown hold (the ledger rejects that itself), false with the refusal recorded for a hold that pays
     * someone else.
     */
    public boolean maySettle(TransferId hold) {
        Actor actor = actors.current();
        boolean allowed = read(() -> transfers.holds(List.of(hold)).stream()
                .filter(h -> h.hold().kind() == TransferKind.PENDING)
                .allMatch(h -> LedgerAccess.maySettle(actor, h.hold())));
        if (!allowed) {
            actors.refuse("ledger-command", "settle " + hold);
        }
        return allowed;
    }

    /**
     * Whether the current actor may release the hold (an unknown hold: yes, the ledger then answers that it does not
     * exist). Asked before a request's body is read, so that nobody learns the details of a request they may not make.
     */
    public boolean mayRelease(TransferId hold) {
        Actor actor = actors.current();
        boolean allowed = read(() -> transfers.holds(List.of(hold)).stream()
                .filter(h -> h.hold().kind() == TransferKind.PENDING)
                .allMatch(h -> LedgerAccess.mayRelease(
                        actor, h.hold(), accounts.find(h.hold().debit()).orElse(null))));
        if (!allowed) {
            actors.refuse("ledger-command", "release " + hold);
        }
        return allowed;
    }

    /** Whether the current actor may deposit from this funder account; asked before a deposit's body is read. */
    public boolean mayDepositFrom(AccountId funder) {
        Actor actor = actors.current();
        boolean allowed = LedgerAccess.mayDepositFrom(actor, funder);
        if (!allowed) {
            actors.refuse("ledger-command", "deposit from " + funder);
        }
        return allowed;
    }

    /** Whether a hold has been settled or released. */
    public Optional<Boolean> holdResolved(TransferId id) {
        return read(() -> transfers.holds(List.of(id)).stream()
                .filter(h -> h.hold().kind() == TransferKind.PENDING && mayFollow(h.hold(), id))
                .map(HoldState::resolved)
                .findFirst());
    }

    public Optional<Statement> statement(AccountId id, Instant from, Instant to) {
        return read(() -> visible(accounts.find(id), "account", id).map(account -> {
            long opening = transfers.postedBalanceBefore(id, from);
            List<Transfer> found = transfers.ofAccount(id, from, to, STATEMENT_LIMIT + 1);
            boolean truncated = found.size() > STATEMENT_LIMIT;
            List<Statement.Line> lines = new ArrayList<>();
            long balance = opening;
            for (Transfer t : truncated ? found.subList(0, STATEMENT_LIMIT) : found) {
                boolean credit = t.credit().equals(id);
                boolean moves = t.kind() == TransferKind.POSTED || t.kind() == TransferKind.POST_PENDING;
                long change = moves ? (credit ? t.amount() : -t.amount()) : 0;
                balance = Math.addExact(balance, change);
                lines.add(new Statement.Line(t, credit ? t.debit() : t.credit(), change, balance));
            }
            return new Statement(view(account), from, to, opening, lines, balance, truncated);
        }));
    }

    public Optional<FunderUsage> funderUsage(AccountId funder) {
        if (!LedgerAccess.maySeeUsage(actors.current(), funder)) {
            actors.refuse("funder-usage", funder.toString());
            return Optional.empty();
        }
        return read(() -> accounts.find(funder)
                .filter(a -> a.kind() == AccountKind.FUNDER || a.kind() == AccountKind.SCHEME_BUDGET)
                .map(account -> {
                    Map<TransferCode, Long> out = transfers.debitsOf(funder);
                    Map<TransferCode, Long> fromCompartments = transfers.outflowsOfCompartmentsFundedBy(funder);
                    Accounts.CompartmentTotals totals = accounts.compartmentsFundedBy(funder);
                    long deposited =
                            out.getOrDefault(TransferCode.DEPOSIT, 0L) + out.getOrDefault(TransferCode.GRANT, 0L);
                    return new FunderUsage(
                            view(account),
                            deposited,
                            totals.count(),
                            totals.balance() - totals.held(),
                            totals.held(),
                            fromCompartments.getOrDefault(TransferCode.SPEND, 0L),
                            fromCompartments.getOrDefault(TransferCode.EXPIRY_RETURN, 0L),
                            fromCompartments.getOrDefault(TransferCode.EXPIRY_LAPSE, 0L),
                            fromCompartments.getOrDefault(TransferCode.REVERSAL, 0L));
                }));
    }

    /**
     * Where the funder's money went per year: deposits, and payments by provider and offering type, expiry and
     * reversals out of the compartments it funds. Aggregates only, for the funder's own staff, analysts and the agency.
     */
    public Optional<FunderFlows> funderFlows(AccountId funder) {
        if (!LedgerAccess.maySeeUsage(actors.current(), funder)) {
            actors.refuse("funder-usage", funder.toString());
            return Optional.empty();
        }
        return read(() -> accounts.find(funder)
                .filter(a -> a.kind() == AccountKind.FUNDER || a.kind() == AccountKind.SCHEME_BUDGET)
                .map(account -> new FunderFlows(view(account), transfers.flowsOf(funder))));
    }

    // ---------------------------------------------------------------- internals

    /** Decides every command with the actor at the same index; refusals are recorded by the callers. */
    private List<CommandResult> executeInTransaction(List<LedgerCommand> batch, List<Actor> actorsOf) {
        Instant now = now();
        Map<CommandId, String> fingerprints = new LinkedHashMap<>();
        batch.forEach(command -> fingerprints.put(command.id(), Fingerprint.of(command)));
        Map<CommandId, String> known = commands.fingerprints(fingerprints.keySet());

        List<LedgerCommand> fresh = batch.stream()
                .filter(command -> !known.containsKey(command.id()))
                .toList();
        Book book = openBook(fresh, List.of(), now);

        Map<CommandId, String> executed = new LinkedHashMap<>();
        List<CommandResult> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            LedgerCommand command = batch.get(i);
            String before = known.get(command.id());
            if (before != null) {
                results.add(
                        before.equals(fingerprints.get(command.id()))
                                ? new CommandResult.Executed(
                                        command.id(),
                                        transfers.ofCommand(command.id()),
                                        command.opens().stream()
                                                .map(OpenAccount::id)
                                                .toList(),
                                        true)
                                : new CommandResult.IdConflict(command.id()));
                continue;
            }
            if (!LedgerAccess.mayExecute(actorsOf.get(i), command, book)) {
                results.add(new CommandResult.Rejected(
                        command.id(), -1, LedgerRule.NOT_PERMITTED, LedgerRule.NOT_PERMITTED.explanation()));
                continue;
            }
            CommandResult result = book.execute(command);
            if (result instanceof CommandResult.Executed) {
                executed.put(command.id(), fingerprints.get(command.id()));
            }
            results.add(result);
        }
        write(book, executed, now);
        return results;
    }

    /** Expires one chunk of compartments: each emptied to its funder or the state and marked, in one transaction. */
    private long[] expireInTransaction(List<AccountId> compartments, LocalDate day) {
        Instant now = now();
        // Learn where the money goes without locking, then lock compartments and targets in one ordered sweep.
        Set<AccountId> targets = new HashSet<>();
        for (Account compartment : accounts.findAll(compartments)) {
            CompartmentTerms terms = compartment.compartment();
            if (terms != null) {
                targets.add(terms.funder());
                targets.add(SystemAccounts.lapsed(compartment.unit()));
            }
        }
        Book book = openBook(List.of(), union(compartments, targets), now);
        List<Account> locked =
                compartments.stream().flatMap(id -> book.account(id).stream()).toList();
        long[] totals = new long[3];
        Map<CommandId, String> executed = new LinkedHashMap<>();
        for (Account compartment : locked) {
            CompartmentTerms terms = compartment.compartment();
            if (terms == null || !terms.hasEndedBefore(day)) {
                continue;
            }
            long rest = compartment.balances().available();
            if (rest > 0) {
                boolean back = terms.expiryRule() == ExpiryRule.RETURN_TO_FUNDER;
                var command = LedgerCommand.of(
                        CommandId.random(),
                        new TransferOrder.Move(
                                compartment.id(),
                                back ? terms.funder() : SystemAccounts.lapsed(compartment.unit()),
                                rest,
                                back ? TransferCode.EXPIRY_RETURN : TransferCode.EXPIRY_LAPSE,
                                "expired " + terms.validUntil()));
                if (book.execute(command) instanceof CommandResult.Executed) {
                    executed.put(command.id(), Fingerprint.of(command));
                    totals[back ? 1 : 2] += rest;
                } else {
                    log.warn(
                            "Compartment {} could not be emptied at expiry; it stays for the next run",
                            compartment.id());
                    continue;
                }
            }
            if (!compartment.isExpired()) {
                book.markExpired(compartment.id());
                totals[0]++;
            }
        }
        write(book, executed, now);
        return totals;
    }

    private Book openBook(List<LedgerCommand> batch, Collection<AccountId> extraAccounts, Instant now) {
        Set<TransferId> holdIds = new HashSet<>();
        Set<TransferId> reversedIds = new HashSet<>();
        Set<AccountId> accountIds = new HashSet<>(extraAccounts);
        Set<String> offeringIds = new HashSet<>();
        for (LedgerCommand command : batch) {
            for (OpenAccount open : command.opens()) {
                accountIds.add(open.id());
                if (open.compartment() != null) {
                    accountIds.add(open.compartment().funder());
                }
            }
            for (TransferOrder order : command.orders()) {
                switch (order) {
                    case TransferOrder.Move m -> {
                        accountIds.add(m.debit());
                        accountIds.add(m.credit());
                        if (m.offeringId() != null) {
                            offeringIds.add(m.offeringId());
                        }
                    }
                    case TransferOrder.Hold h -> {
                        accountIds.add(h.debit());
                        accountIds.add(h.credit());
                        if (h.offeringId() != null) {
                            offeringIds.add(h.offeringId());
                        }
                    }
                    case TransferOrder.Settle s -> holdIds.add(s.hold());
                    case TransferOrder.Release r -> holdIds.add(r.hold());
                    case TransferOrder.Reverse r -> reversedIds.add(r.transfer());
                }
            }
        }
        // Learn which accounts the holds and reversed transfers touch, lock every account, then read the holds and
        // transfers again: whoever settles, releases or reverses them must lock the same accounts first.
        transfers
                .holds(holdIds)
                .forEach(h ->
                        accountIds.addAll(List.of(h.hold().debit(), h.hold().credit())));
        transfers
                .reversibles(reversedIds)
                .forEach(r -> accountIds.addAll(
                        List.of(r.transfer().debit(), r.transfer().credit())));
        List<Account> locked = accounts.lock(accountIds);
        List<HoldState> holds = holdIds.isEmpty() ? List.of() : transfers.holds(holdIds);
        List<ReversibleState> reversibles = reversedIds.isEmpty() ? List.of() : transfers.reversibles(reversedIds);
        return new Book(locked, holds, reversibles, purposesOf(offeringIds), now, LocalDate.ofInstant(now, ZONE));
    }

    /** What the register knows of the offerings the payments name; without a register, nothing (every one unknown). */
    private Map<String, Purpose> purposesOf(Set<String> offeringIds) {
        if (offeringIds.isEmpty()) {
            return Map.of();
        }
        Purposes register = purposes.getIfAvailable();
        return register == null ? Map.of() : register.find(offeringIds);
    }

    private void write(Book book, Map<CommandId, String> executed, Instant now) {
        if (!executed.isEmpty()) {
            commands.insert(executed, now);
        }
        List<Account> opened = book.openedAccounts();
        if (!opened.isEmpty()) {
            accounts.insert(opened);
        }
        List<Transfer> written = book.transfers();
        if (!written.isEmpty()) {
            transfers.insert(written);
        }
        if (!book.purposes().isEmpty()) {
            transfers.insertPurposes(book.purposes());
        }
        List<Account> changed = book.changedAccounts();
        if (!changed.isEmpty()) {
            accounts.update(changed);
        }
    }

    private <T> List<T> retrying(Supplier<List<T>> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writing.execute(status -> work.get());
            } catch (DuplicateKeyException | ConcurrencyFailureException race) {
                if (attempt == ATTEMPTS) {
                    throw race;
                }
                log.debug("Ledger transaction lost a race (attempt {}), retrying: {}", attempt, race.getMessage());
            }
        }
    }

    private <T> T read(Supplier<T> query) {
        return reading.execute(status -> query.get());
    }

    private Instant now() {
        // PostgreSQL keeps microseconds: truncate so that what is returned equals what is read back later.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void requireOperator() {
        if (!LedgerAccess.isOperator(actors.current())) {
            throw new NotPermitted("only the executing agency and the system do this");
        }
    }

    private void requireMayOpen(List<PersonId> people) {
        Actor actor = actors.current();
        for (PersonId person : people) {
            if (!LedgerAccess.mayOpenLearningAccount(actor, person)) {
                actors.refuse("learning-account", LearningAccountId.of(person).toString());
                throw new NotPermitted("you may not open this learning account");
            }
        }
    }

    /** The account if the current actor may see it; a refusal is recorded and looks like absence. */
    private Optional<Account> visible(Optional<Account> account, String resource, Object id) {
        if (account.isPresent() && !LedgerAccess.maySee(actors.current(), account.get())) {
            actors.refuse(resource, id.toString());
            return Optional.empty();
        }
        return account;
    }

    /** A transfer is visible to whoever may see one of its two accounts. */
    private boolean mayFollow(Transfer transfer, TransferId id) {
        Actor actor = actors.current();
        if (LedgerAccess.isOperator(actor)) {
            return true;
        }
        boolean visible = accounts.findAll(List.of(transfer.debit(), transfer.credit())).stream()
                .anyMatch(account -> LedgerAccess.maySee(actor, account));
        if (!visible) {
            actors.refuse("transfer", id.toString());
        }
        return visible;
    }

    private static void requireDistinctIds(List<LedgerCommand> batch) {
        Set<CommandId> seen = new HashSet<>();
        for (LedgerCommand command : batch) {
            if (!seen.add(command.id())) {
                throw new IllegalArgumentException("command id twice in one batch: " + command.id());
            }
        }
    }

    private static Set<AccountId> union(Collection<AccountId> a, Collection<AccountId> b) {
        Set<AccountId> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private LearningAccountView view(LearningAccounts.Entry entry) {
        return new LearningAccountView(
                entry.id(),
                entry.person(),
                entry.openedAt(),
                accounts.compartmentsOf(entry.id()).stream().map(Ledger::view).toList());
    }

    static AccountView view(Account a) {
        return new AccountView(
                a.id(),
                a.kind(),
                a.unit(),
                a.name(),
                a.funderType(),
                a.allowNegative(),
                a.balances().posted(),
                a.balances().available(),
                a.balances().debitsPending(),
                a.balances().creditsPending(),
                a.compartment(),
                a.expiredAt(),
                a.createdAt());
    }

    /** Rolls back a bulk credit the funder cannot pay, after its rows were written, carrying the rejection out. */
    private static final class BulkRejected extends RuntimeException {
        private final transient BulkCredit.Result result;

        BulkRejected(BulkCredit.Result result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** Rolls back a transaction whose single command was rejected, carrying the rejection out. */
    private static final class RejectedInTransaction extends RuntimeException {
        private final transient CommandResult result;

        RejectedInTransaction(CommandResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}

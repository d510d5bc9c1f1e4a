package nl.leerbudget.rights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.Role;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.BulkCredit;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.rights.domain.BatchRuns;
import nl.leerbudget.rights.domain.CreditedRight;
import nl.leerbudget.rights.domain.EducationHistories;
import nl.leerbudget.rights.domain.LearningRights;
import nl.leerbudget.rights.domain.PersonLines;
import nl.leerbudget.rights.domain.RecordedAdjustment;
import nl.leerbudget.rights.domain.StoredHistory;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.shared.TimeOrderedIds;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rights module's API: education histories in, learning rights out. A right is computed by the pure rules
 * ({@link Entitlement}) under the current policy and reference costs, and credited once per person and policy as a
 * compartment of the person's learning account, paid from the state's funder account. A corrected history is a new
 * version; the right is recomputed and the difference moves as an adjustment, never taking back what was spent.
 *
 * <p>Everything for one person, or one chunk of people, happens in one transaction: history, right, ledger.
 */
@Service
public class Rights {

    /** The label of every rights compartment. */
    public static final String LABEL = "Leerrecht";

    private final EducationHistories histories;
    private final LearningRights rights;
    private final BatchRuns runs;
    private final Ledger ledger;
    private final Actors actors;
    private final Clock clock;
    private final PersonRegistry people;
    private final TransactionTemplate transactions;
    private final RightsPolicy policy;
    private final ReferenceCosts costs;
    private final AccountId funder;
    private volatile boolean funderOpen;

    Rights(
            EducationHistories histories,
            LearningRights rights,
            BatchRuns runs,
            Ledger ledger,
            Actors actors,
            Clock clock,
            PlatformTransactionManager transactionManager,
            RightsSettings settings,
            PersonRegistry people) {
        this.people = people;
        this.histories = histories;
        this.rights = rights;
        this.runs = runs;
        this.ledger = ledger;
        this.actors = actors;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.policy = policy(settings);
        this.costs = ReferenceCosts.standard();
        this.funder = new AccountId(settings.funderAccount());
    }

    /** The policy new rights are credited under: a file in the policy directory, or the built-in one. */
    private static RightsPolicy policy(RightsSettings settings) {
        Path directory = settings.policyDirectory();
        if (directory != null) {
            Path file = directory.resolve(settings.policy() + ".policy");
            if (Files.isRegularFile(file)) {
                try {
                    return RightsPolicy.parse(Files.readString(file), file.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return RightsPolicy.builtIn(settings.policy());
    }

    public RightsPolicy policy() {
        return policy;
    }

    public ReferenceCosts costs() {
        return costs;
    }

    // ---------------------------------------------------------------- reading

    /**
     * The person's right: the computation on their latest history with its explanation, and what was credited. Only
     * for the person, their adviser under a mandate, the executing agency and the system; for anyone else it looks
     * absent (and the refusal is recorded).
     */
    public Optional<PersonalRight> of(PersonId person) {
        Actor actor = actors.current();
        if (!maySee(actor, person)) {
            actors.refuse("learning-right", person.toString());
            return Optional.empty();
        }
        return Optional.ofNullable(transactions.execute(status -> personal(person)));
    }

    /** The person's latest education history, on the same terms as {@link #of}. */
    public Optional<StoredHistoryView> historyOf(PersonId person) {
        if (!maySee(actors.current(), person)) {
            actors.refuse("education-history", person.toString());
            return Optional.empty();
        }
        return histories
                .latest(person)
                .map(h -> new StoredHistoryView(h.history(), h.birthDate(), h.source(), h.recordedAt()));
    }

    /** A stored version of a history, with where it came from. */
    public record StoredHistoryView(
            EducationHistory history, LocalDate birthDate, HistorySource source, Instant recordedAt) {}

    private @Nullable PersonalRight personal(PersonId person) {
        Optional<StoredHistory> latest = histories.latest(person);
        if (latest.isEmpty()) {
            return null;
        }
        StoredHistory stored = latest.get();
        Assessment assessment = Entitlement.assess(policy, costs, stored.birthDate(), stored.history());
        Optional<CreditedRight> credited = rights.find(person, policy.id());
        List<RecordedAdjustment> adjustments = rights.adjustments(person, policy.id());
        Money total = credited.map(CreditedRight::amount).orElse(Money.ZERO);
        for (RecordedAdjustment adjustment : adjustments) {
            total = total.plus(adjustment.moved());
        }
        UUID compartment = compartmentOf(person, credited, adjustments);
        Money available = compartment == null
                ? Money.ZERO
                : ledger.account(new AccountId(compartment))
                        .map(account -> Money.cents(account.available()))
                        .orElse(Money.ZERO);
        return new PersonalRight(
                person,
                stored.history().version(),
                assessment,
                total,
                available,
                compartment,
                adjustments.stream()
                        .map(a -> new PersonalRight.AdjustmentView(
                                a.historyVersion(),
                                a.previous(),
                                a.recomputed(),
                                a.moved(),
                                a.notReclaimed(),
                                a.explanation()))
                        .toList());
    }

    private @Nullable UUID compartmentOf(
            PersonId person, Optional<CreditedRight> credited, List<RecordedAdjustment> adjustments) {
        if (credited.isPresent() && credited.get().compartment() != null) {
            return credited.get().compartment();
        }
        // A right first credited as zero gets its compartment with the first increase.
        return adjustments.stream().anyMatch(a -> a.moved().isPositive())
                ? compartment(person).value()
                : null;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Records a new version of a person's education history and brings their right in line: credited the first
     * time, adjusted after a correction. For the executing agency and the system.
     */
    public PersonalRight record(PersonId person, LocalDate birthDate, List<EducationPeriod> periods) {
        requireAgency();
        String implausible = BirthDates.problem(birthDate, LocalDate.ofInstant(clock.instant(), Ledger.ZONE));
        if (implausible != null) {
            throw new IllegalArgumentException("birthDate: " + implausible);
        }
        if (people.known(List.of(person)).isEmpty()) {
            throw new UnknownPerson(person);
        }
        ensureFunder();
        return inTransaction(() -> {
            recordOne(new PersonLine(person, birthDate, periods), HistorySource.API);
            return Objects.requireNonNull(personal(person));
        });
    }

    /**
     * Imports a CSV file of histories ({@link PersonLines#HEADER}): every line is checked first, and if any is wrong
     * nothing is imported and every wrong line is listed. Otherwise, in one transaction, new people are credited and
     * people credited before get a corrected history. For the executing agency and the system.
     */
    public HistoryImport importCsv(String csv, int maxLines) {
        requireAgency();
        List<String> lines = csv.lines().toList();
        List<HistoryImport.LineError> errors = new ArrayList<>();
        if (lines.isEmpty() || !lines.getFirst().strip().equals(PersonLines.HEADER)) {
            errors.add(new HistoryImport.LineError(1, "line", "De eerste regel is: " + PersonLines.HEADER));
        }
        if (lines.size() - 1 > maxLines) {
            errors.add(new HistoryImport.LineError(
                    1, "line", "Een bestand heeft hoogstens " + maxLines + " regels; gebruik de landelijke batch."));
            return new HistoryImport.Refused(errors);
        }
        List<PersonLine> people = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        Set<PersonId> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            switch (PersonLines.parse(lines.get(i), i + 1)) {
                case PersonLines.Valid valid -> {
                    if (seen.add(valid.person().person())) {
                        people.add(valid.person());
                        lineNumbers.add(i + 1);
                    } else {
                        errors.add(new HistoryImport.LineError(
                                i + 1, "person_id", "Deze persoon staat al eerder in het bestand."));
                    }
                }
                case PersonLines.Invalid invalid -> errors.addAll(invalid.errors());
            }
        }
        if (people.isEmpty() && errors.isEmpty()) {
            errors.add(new HistoryImport.LineError(2, "line", "Het bestand bevat geen personen."));
        }
        // Money moves only for people the person registry knows, born on a date that can be true.
        LocalDate today = LocalDate.ofInstant(clock.instant(), Ledger.ZONE);
        Set<PersonId> known =
                this.people.known(people.stream().map(PersonLine::person).toList());
        for (int i = 0; i < people.size(); i++) {
            PersonLine line = people.get(i);
            String implausible = BirthDates.problem(line.birthDate(), today);
            if (implausible != null) {
                errors.add(new HistoryImport.LineError(lineNumbers.get(i), "birth_date", implausible));
            }
            if (!known.contains(line.person())) {
                errors.add(new HistoryImport.LineError(
                        lineNumbers.get(i), "person_id", "Deze persoon is niet bekend in het personenregister."));
            }
        }
        if (!errors.isEmpty()) {
            return new HistoryImport.Refused(errors);
        }
        ensureFunder();
        return inTransaction(() -> {
            Set<PersonId> creditedBefore =
                    rights.credited(people.stream().map(PersonLine::person).toList(), policy.id());
            List<PersonLine> fresh = new ArrayList<>();
            int corrected = 0;
            for (PersonLine line : people) {
                if (creditedBefore.contains(line.person())) {
                    recordOne(line, HistorySource.CSV);
                    corrected++;
                } else {
                    fresh.add(line);
                }
            }
            ChunkCredited chunk = fresh.isEmpty()
                    ? new ChunkCredited(0, 0, 0, 0, 0, Money.ZERO)
                    : creditNew(fresh, HistorySource.CSV, CommandId.random());
            return new HistoryImport.Imported(people.size(), chunk, corrected);
        });
    }

    /**
     * Credits one chunk of the national batch in one transaction, and records the chunk as committed in the same
     * transaction: after a crash the chunk is either wholly done and recorded, or not at all. People credited under
     * the policy before are skipped. For the system.
     */
    public ChunkCredited creditChunk(UUID run, int chunk, List<PersonLine> people) {
        if (!actors.current().isSystem()) {
            throw new NotPermitted("only the system runs the national batch");
        }
        ensureFunder();
        return inTransaction(() -> {
            ChunkCredited credited =
                    creditNew(people, HistorySource.BATCH, CommandId.derived("rights/batch/" + run + "/" + chunk));
            runs.chunkCommitted(
                    run,
                    chunk,
                    credited.people(),
                    credited.credited(),
                    credited.amount().cents(),
                    now());
            return credited;
        });
    }

    /** Starts (or resumes) a run of the national batch. For the system. */
    public BatchRuns.Run startRun(String fileSha256, String fileName, int chunkSize) {
        if (!actors.current().isSystem()) {
            throw new NotPermitted("only the system runs the national batch");
        }
        return inTransaction(() -> runs.start(fileSha256, fileName, policy.id(), chunkSize, now()));
    }

    public void finishRun(UUID run) {
        if (!actors.current().isSystem()) {
            throw new NotPermitted("only the system runs the national batch");
        }
        transactions.executeWithoutResult(status -> runs.finish(run, now()));
    }

    /** New people in bulk: histories, rights and one ledger command for all their compartments. */
    private ChunkCredited creditNew(List<PersonLine> people, HistorySource source, CommandId command) {
        List<PersonId> ids = people.stream().map(PersonLine::person).toList();
        Set<PersonId> creditedBefore = rights.credited(ids, policy.id());
        Map<PersonId, Integer> versions = histories.latestVersions(ids);
        Instant now = now();
        List<StoredHistory> stored = new ArrayList<>(people.size());
        List<CreditedRight> credited = new ArrayList<>(people.size());
        List<BulkCredit.Line> lines = new ArrayList<>(people.size());
        int zero = 0;
        int notEntitled = 0;
        Money amount = Money.ZERO;
        for (PersonLine line : people) {
            PersonId person = line.person();
            if (creditedBefore.contains(person)) {
                continue;
            }
            var history = new EducationHistory(person, versions.getOrDefault(person, 0) + 1, line.periods());
            stored.add(new StoredHistory(history, line.birthDate(), source, now));
            switch (Entitlement.assess(policy, costs, line.birthDate(), history)) {
                case Assessment.Entitled entitled -> {
                    LearningRight right = entitled.right();
                    // Time-ordered ids: a national run adds millions of compartments and transfers to their indexes.
                    AccountId compartment = right.amount().isPositive() ? new AccountId(TimeOrderedIds.next()) : null;
                    credited.add(new CreditedRight(
                            person,
                            policy.id(),
                            policy.version(),
                            history.version(),
                            right.amount(),
                            right.validFrom(),
                            right.validUntil(),
                            compartment == null ? null : compartment.value(),
                            now));
                    if (compartment == null) {
                        zero++;
                    } else {
                        amount = amount.plus(right.amount());
                        lines.add(new BulkCredit.Line(
                                person,
                                compartment,
                                new TransferId(TimeOrderedIds.next()),
                                right.amount().cents(),
                                right.validFrom(),
                                right.validUntil(),
                                reference(history.version())));
                    }
                }
                case Assessment.NotEntitled refused -> notEntitled++;
            }
        }
        histories.insert(stored);
        rights.insert(credited);
        if (!lines.isEmpty()) {
            BulkCredit.Result result = ledger.creditInBulk(new BulkCredit(
                    command, funder, TransferCode.DEPOSIT, LABEL, conditions(), ExpiryRule.LAPSE_TO_STATE, lines));
            if (!(result instanceof BulkCredit.Result.Credited)) {
                throw new IllegalStateException("the ledger did not credit the rights: " + result);
            }
        }
        return new ChunkCredited(people.size(), lines.size(), zero, notEntitled, people.size() - stored.size(), amount);
    }

    /** One person: a new history version, then the first credit or an adjustment. */
    private void recordOne(PersonLine line, HistorySource source) {
        PersonId person = line.person();
        Optional<CreditedRight> credited = rights.find(person, policy.id());
        if (credited.isEmpty()) {
            creditNew(List.of(line), source, CommandId.derived("rights/credit/" + person + "/" + policy.id()));
            return;
        }
        int version = histories.latestVersions(List.of(person)).getOrDefault(person, 0) + 1;
        var history = new EducationHistory(person, version, line.periods());
        histories.insert(List.of(new StoredHistory(history, line.birthDate(), source, now())));
        Assessment recomputed = Entitlement.assess(policy, costs, line.birthDate(), history);

        List<RecordedAdjustment> earlier = rights.adjustments(person, policy.id());
        Money total = credited.get().amount();
        for (RecordedAdjustment adjustment : earlier) {
            total = total.plus(adjustment.moved());
        }
        UUID compartmentId = compartmentOf(person, credited, earlier);
        Optional<AccountView> account =
                compartmentId == null ? Optional.empty() : ledger.account(new AccountId(compartmentId));
        Money available = account.map(a -> Money.cents(a.available())).orElse(Money.ZERO);
        Money spent = total.minus(available);
        Money newAmount =
                recomputed instanceof Assessment.Entitled e ? e.right().amount() : Money.ZERO;
        CommandId command = CommandId.derived("rights/adjust/" + person + "/" + policy.id() + "/" + version);
        TransferId transfer = new TransferId(command.value());
        Adjustment adjustment = Correction.adjust(total, spent, recomputed);
        String explanation = explanation(adjustment.trace());
        RecordedAdjustment recorded = switch (adjustment) {
            case Adjustment.Increase increase -> {
                if (account.isPresent()) {
                    executed(LedgerCommand.of(
                            command,
                            new TransferOrder.Move(
                                    funder,
                                    account.get().id(),
                                    increase.amount().cents(),
                                    TransferCode.ADJUSTMENT,
                                    reference(version))));
                } else {
                    LearningRight right = ((Assessment.Entitled) recomputed).right();
                    ledger.creditInBulk(new BulkCredit(
                            command,
                            funder,
                            TransferCode.DEPOSIT,
                            LABEL,
                            conditions(),
                            ExpiryRule.LAPSE_TO_STATE,
                            List.of(new BulkCredit.Line(
                                    person,
                                    compartment(person),
                                    transfer,
                                    increase.amount().cents(),
                                    right.validFrom(),
                                    right.validUntil(),
                                    reference(version)))));
                }
                yield new RecordedAdjustment(
                        person,
                        policy.id(),
                        version,
                        total,
                        newAmount,
                        increase.amount(),
                        Money.ZERO,
                        transfer.value(),
                        explanation,
                        now());
            }
            case Adjustment.Decrease decrease -> {
                executed(LedgerCommand.of(
                        command,
                        new TransferOrder.Move(
                                account.orElseThrow().id(),
                                funder,
                                decrease.amount().cents(),
                                TransferCode.ADJUSTMENT,
                                reference(version))));
                yield new RecordedAdjustment(
                        person,
                        policy.id(),
                        version,
                        total,
                        newAmount,
                        decrease.amount().negate(),
                        decrease.notReclaimed(),
                        transfer.value(),
                        explanation,
                        now());
            }
            case Adjustment.Unchanged unchanged ->
                new RecordedAdjustment(
                        person,
                        policy.id(),
                        version,
                        total,
                        newAmount,
                        Money.ZERO,
                        unchanged.notReclaimed(),
                        null,
                        explanation,
                        now());
        };
        rights.insertAdjustment(recorded);
    }

    /** A trace as stored text, within the column's limit. */
    private static String explanation(Trace trace) {
        String text = trace.text();
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    private void executed(LedgerCommand command) {
        CommandResult result = ledger.execute(command);
        if (!(result instanceof CommandResult.Executed)) {
            throw new IllegalStateException("the ledger did not adjust the right: " + result);
        }
    }

    /** Opens the state's funder account for rights on first use; a replay when it exists. */
    private void ensureFunder() {
        if (funderOpen) {
            return;
        }
        if (ledger.account(funder).isEmpty()) {
            actors.asSystem(() -> ledger.execute(new LedgerCommand(
                    CommandId.derived("rights/funder/" + funder),
                    List.of(new OpenAccount(
                            funder,
                            AccountKind.FUNDER,
                            Unit.EUR,
                            "Rijksoverheid — leerrechten (OCW)",
                            true,
                            FunderType.STATE,
                            null)),
                    List.of())));
        }
        funderOpen = true;
    }

    private CompartmentConditions conditions() {
        return new CompartmentConditions(
                policy.conditions().offeringTypes(), policy.conditions().recognisedOnly(), null, Set.of());
    }

    /** The compartment that holds a person's right under the current policy: one per person and policy. */
    private AccountId compartment(PersonId person) {
        return AccountId.derived("rights/compartment/" + person + "/" + policy.id());
    }

    private String reference(int historyVersion) {
        return "Leerrecht " + policy.id() + " (v" + policy.version() + "), opleidingsgegevens versie " + historyVersion;
    }

    private static boolean maySee(Actor actor, PersonId person) {
        return actor.isSystem() || actor.has(Role.SCHEME_ADMINISTRATOR) || person.equals(actor.subjectPerson());
    }

    private void requireAgency() {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.SCHEME_ADMINISTRATOR)) {
            throw new NotPermitted("only the executing agency records education histories");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return Objects.requireNonNull(transactions.execute(status -> work.get()));
    }
}

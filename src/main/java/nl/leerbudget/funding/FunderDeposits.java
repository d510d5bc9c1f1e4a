package nl.leerbudget.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.funding.domain.CheckedFile;
import nl.leerbudget.funding.domain.DepositFile;
import nl.leerbudget.funding.domain.PersonKey;
import nl.leerbudget.funding.domain.RelationEndStore;
import nl.leerbudget.funding.domain.Uploads;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.BulkCredit;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentTerms;
import nl.leerbudget.ledger.LearningAccountId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.LedgerRule;
import nl.leerbudget.ledger.OpenAccount;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.platform.web.Characters;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funder's deposits into learning accounts: to one person, or from a file with one line per person. A file is
 * first previewed (every bad line with its number and reason, and the totals) and booked only when the funder
 * confirms it: all lines or none, in one bulk credit of the ledger ({@code COPY} on PostgreSQL). The ledger command
 * is derived from the funder and the file's SHA-256, so the same file deposits once, however often it is uploaded
 * and confirmed; uploaded again with other terms, it is refused (F14).
 */
@Service
public class FunderDeposits {

    private static final int RECENT = 20;

    private final Uploads uploads;
    private final RelationEndStore ends;
    private final PersonLookup people;
    private final Ledger ledger;
    private final Actors actors;
    private final Clock clock;

    FunderDeposits(
            Uploads uploads, PersonLookup people, RelationEndStore ends, Ledger ledger, Actors actors, Clock clock) {
        this.ends = ends;
        this.uploads = uploads;
        this.people = people;
        this.ledger = ledger;
        this.actors = actors;
        this.clock = clock;
    }

    public sealed interface Outcome {
        /** Booked now, or before ({@code replayed}): nothing was booked twice. */
        record Deposited(int people, Money total, boolean replayed) implements Outcome {}

        /** Nothing was booked, for this reason. */
        record Refused(FundingRule rule, List<FileProblem> problems) implements Outcome {
            public Refused(FundingRule rule) {
                this(rule, List.of());
            }
        }

        record NotFound() implements Outcome {}
    }

    /** Reads and checks a file, and keeps it for the funder to confirm: nothing is booked yet. */
    @Transactional
    public DepositUpload preview(String fileName, byte[] bytes, DepositTerms terms) {
        AccountId funder = Staff.funderOf(actors);
        String text = FileText.decode(bytes);
        String sha = FileText.sha256(text);
        CheckedFile checked = check(text);
        Instant now = now();
        Uploads.Stored stored = new Uploads.Stored(
                UUID.randomUUID(),
                funder,
                name(fileName),
                sha,
                checked,
                terms,
                CommandId.derived("funding/deposit-file/" + funder + "/" + sha),
                actors.current().userId(),
                now,
                null);
        uploads.insert(stored);
        return view(stored);
    }

    /** The upload with its check, for the funder that made it; absent for anyone else. */
    @Transactional(readOnly = true)
    public Optional<DepositUpload> upload(UUID id) {
        AccountId funder = Staff.funderOf(actors);
        return uploads.find(id).filter(u -> owns(funder, u)).map(this::view);
    }

    /** The funder's last uploads, newest first, without their problems. */
    @Transactional(readOnly = true)
    public List<DepositUpload> recent() {
        AccountId funder = Staff.funderOf(actors);
        return uploads.recent(funder, RECENT).stream()
                .map(u -> new DepositUpload(
                        u.id(),
                        u.funder(),
                        u.fileName(),
                        u.terms(),
                        u.checked().rows(),
                        u.checked().total(),
                        List.of(),
                        u.createdAt(),
                        u.depositedAt(),
                        null))
                .toList();
    }

    /** Books a previewed file: every line, or, when a line is bad or the money does not suffice, nothing. */
    @Transactional
    public Outcome confirm(UUID id) {
        AccountId funder = Staff.funderOf(actors);
        Optional<Uploads.Stored> found = uploads.lock(id).filter(u -> owns(funder, u));
        if (found.isEmpty()) {
            return new Outcome.NotFound();
        }
        Uploads.Stored upload = found.get();
        CheckedFile checked = upload.checked();
        if (!checked.problems().isEmpty()) {
            return new Outcome.Refused(FundingRule.FILE_HAS_PROBLEMS, checked.problems());
        }
        if (!isFunderAccount(funder)) {
            return new Outcome.Refused(FundingRule.FUNDER_ACCOUNT);
        }
        List<BulkCredit.Line> lines = new ArrayList<>(checked.lines().size());
        DepositTerms terms = upload.terms();
        for (CheckedFile.Line line : checked.lines()) {
            String key = "funding/deposit-file/" + upload.command() + "/" + line.person();
            lines.add(new BulkCredit.Line(
                    line.person(),
                    AccountId.derived(key),
                    TransferId.derived(key),
                    line.amount().cents(),
                    terms.validFrom(),
                    terms.validUntil(),
                    line.reference()));
        }
        BulkCredit credit = new BulkCredit(
                upload.command(),
                funder,
                TransferCode.DEPOSIT,
                terms.label(),
                terms.conditions(),
                terms.expiryRule(),
                lines);
        // The actor is the funder's staff, checked above; the bulk credit itself is an operator's command.
        BulkCredit.Result result = actors.asSystem(() -> ledger.creditInBulk(credit));
        return switch (result) {
            case BulkCredit.Result.Credited credited -> {
                uploads.markDeposited(upload.id(), now());
                if (!credited.replayed()) {
                    ends.recordRules(lines.stream()
                            .map(line -> new RelationEndStore.CompartmentRule(
                                    line.compartment(), funder, line.person(), terms.onRelationEnd()))
                            .toList());
                }
                yield new Outcome.Deposited(
                        credited.compartments(), Money.cents(credited.total()), credited.replayed());
            }
            case BulkCredit.Result.Rejected rejected ->
                new Outcome.Refused(
                        rejected.rule() == LedgerRule.INSUFFICIENT_FUNDS
                                ? FundingRule.NOT_ENOUGH_MONEY
                                : FundingRule.FUNDER_ACCOUNT);
            case BulkCredit.Result.IdConflict conflict -> new Outcome.Refused(FundingRule.OTHER_TERMS);
        };
    }

    /**
     * Deposits into a new compartment of one person: the person named by BSN or person id, opened a learning account
     * when they have none. {@code requestId} is the idempotency key: the same request again books nothing twice.
     */
    @Transactional
    public Outcome depositOne(
            UUID requestId, PersonKey person, Money amount, DepositTerms terms, @Nullable String reference) {
        AccountId funder = Staff.funderOf(actors);
        if (!amount.isPositive()) {
            return new Outcome.Refused(FundingRule.AMOUNT);
        }
        if (reference != null && (reference.length() > 200 || Characters.problem(reference) != null)) {
            return new Outcome.Refused(FundingRule.TEXT);
        }
        List<FileProblem> problems = new ArrayList<>();
        Map<Integer, @Nullable PersonKey> keys = new LinkedHashMap<>();
        keys.put(1, person);
        PersonId found = people.resolve(keys, problems).get(1);
        if (found == null) {
            return new Outcome.Refused(problems.getFirst().rule());
        }
        if (!isFunderAccount(funder)) {
            return new Outcome.Refused(FundingRule.FUNDER_ACCOUNT);
        }
        AccountId compartment = AccountId.derived("funding/deposit/" + requestId);
        var command = new LedgerCommand(
                new CommandId(requestId),
                List.of(OpenAccount.compartment(
                        compartment,
                        nl.leerbudget.ledger.Unit.EUR,
                        new CompartmentTerms(
                                LearningAccountId.of(found),
                                funder,
                                terms.label(),
                                terms.conditions(),
                                terms.validFrom(),
                                terms.validUntil(),
                                terms.expiryRule()))),
                List.of(new TransferOrder.Move(funder, compartment, amount.cents(), TransferCode.DEPOSIT, reference)));
        return switch (ledger.executeOpening(List.of(found), command)) {
            case CommandResult.Executed executed -> {
                if (!executed.replayed()) {
                    ends.recordRules(List.of(
                            new RelationEndStore.CompartmentRule(compartment, funder, found, terms.onRelationEnd())));
                }
                yield new Outcome.Deposited(1, amount, executed.replayed());
            }
            case CommandResult.Rejected rejected ->
                new Outcome.Refused(
                        rejected.rule() == LedgerRule.INSUFFICIENT_FUNDS
                                ? FundingRule.NOT_ENOUGH_MONEY
                                : FundingRule.FUNDER_ACCOUNT);
            case CommandResult.IdConflict conflict -> new Outcome.Refused(FundingRule.OTHER_TERMS);
        };
    }

    private boolean isFunderAccount(AccountId funder) {
        return ledger.account(funder)
                .map(AccountView::kind)
                .filter(kind -> kind == AccountKind.FUNDER)
                .isPresent();
    }

    private DepositUpload view(Uploads.Stored stored) {
        CheckedFile checked = stored.checked();
        Instant deposited = stored.depositedAt();
        Instant before = uploads.depositedBefore(stored.funder(), stored.sha256())
                .filter(at -> deposited == null || at.isBefore(deposited))
                .orElse(null);
        return new DepositUpload(
                stored.id(),
                stored.funder(),
                stored.fileName(),
                stored.terms(),
                checked.rows(),
                checked.total(),
                checked.problems(),
                stored.createdAt(),
                stored.depositedAt(),
                before);
    }

    /** The file read and its people found: the good lines, every problem by line, and the total of the good lines. */
    private CheckedFile check(String text) {
        DepositFile file = DepositFile.parse(text);
        List<FileProblem> problems = new ArrayList<>(file.problems());
        Map<Integer, @Nullable PersonKey> keys = new LinkedHashMap<>();
        file.lines().forEach(line -> keys.put(line.number(), line.person()));
        Map<Integer, PersonId> found = keys.isEmpty() ? Map.of() : people.resolve(keys, problems);
        for (DepositFile.Line line : file.lines()) {
            String reference = line.reference();
            if (reference != null && Characters.problem(reference) != null) {
                problems.add(new FileProblem(line.number(), FundingRule.TEXT, null));
            }
        }
        var bad = PersonLookup.linesWithProblems(problems);
        List<CheckedFile.Line> good = new ArrayList<>();
        Money total = Money.ZERO;
        for (DepositFile.Line line : file.lines()) {
            PersonId person = found.get(line.number());
            Money amount = line.amount();
            if (person != null && amount != null && !bad.contains(line.number())) {
                good.add(new CheckedFile.Line(line.number(), person, amount, line.reference()));
                total = total.plus(amount);
            }
        }
        problems.sort(Comparator.comparingInt(FileProblem::line));
        return new CheckedFile(good, problems, total, file.rows());
    }

    private static boolean owns(AccountId funder, Uploads.Stored upload) {
        return upload.funder().equals(funder);
    }

    private static String name(String fileName) {
        String name = fileName.isBlank() ? "bestand.csv" : fileName.strip();
        name = name.replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]", "");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package nl.leerbudget.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.funding.domain.PersonKey;
import nl.leerbudget.funding.domain.RelationFile;
import nl.leerbudget.funding.domain.RelationStore;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountKind;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.shared.Page;
import nl.leerbudget.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a funder funds: employment with an employer, membership of a sector fund, clients of a municipality or
 * UWV, each from a first day to a last. Kept by uploading a file (all lines or none) or through the API. A person
 * sees on their overview who funds them; who funds a person is whom they may ask to co-finance a training, and whom
 * periodic deposits credit.
 */
@Service
public class FunderRelations {

    private final RelationStore store;
    private final PersonLookup people;
    private final Ledger ledger;
    private final Actors actors;
    private final Clock clock;

    FunderRelations(RelationStore store, PersonLookup people, Ledger ledger, Actors actors, Clock clock) {
        this.store = store;
        this.people = people;
        this.ledger = ledger;
        this.actors = actors;
        this.clock = clock;
    }

    /** What a relation file did: how many relations were added and updated, or every bad line (nothing written). */
    public record Upload(int lines, int added, int updated, List<FileProblem> problems) {
        public Upload {
            problems = List.copyOf(problems);
        }
    }

    /** A funder as a person sees it: who, since when and until when, and how they are tied. */
    public record FundedBy(
            AccountId funder,
            String name,
            FunderType type,
            RelationKind kind,
            LocalDate start,
            @Nullable LocalDate end) {}

    /** Reads a relation file and keeps all of its lines, or, when one line is bad, none. */
    @Transactional
    public Upload upload(byte[] bytes) {
        AccountId funder = Staff.funderOf(actors);
        RelationFile file = RelationFile.parse(FileText.decode(bytes));
        List<FileProblem> problems = new ArrayList<>(file.problems());
        Map<Integer, @Nullable PersonKey> keys = new LinkedHashMap<>();
        file.lines().forEach(line -> keys.put(line.number(), line.person()));
        // One person may have several relations over time: duplicates are judged on the whole relation below.
        Map<Integer, PersonId> found = keys.isEmpty() ? Map.of() : resolveAllowingRepeats(keys, problems);
        var bad = PersonLookup.linesWithProblems(problems);
        List<Relation> relations = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RelationFile.Line line : file.lines()) {
            PersonId person = found.get(line.number());
            RelationKind kind = line.kind();
            LocalDate start = line.start();
            if (person == null || kind == null || start == null || bad.contains(line.number())) {
                continue;
            }
            if (!seen.add(person + "/" + kind + "/" + start)) {
                problems.add(new FileProblem(line.number(), FundingRule.PERSON_TWICE, null));
                continue;
            }
            relations.add(new Relation(UUID.randomUUID(), funder, person, kind, start, line.end()));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(FileProblem::line));
            return new Upload(file.lines().size(), 0, 0, problems);
        }
        int added = store.upsert(relations, clock.instant());
        return new Upload(relations.size(), added, relations.size() - added, List.of());
    }

    /** The funder's relations, newest start first. */
    @Transactional(readOnly = true)
    public Page<Relation> mine(int page, int pageSize) {
        AccountId funder = Staff.funderOf(actors);
        return new Page<>(
                store.ofFunder(funder, (page - 1) * pageSize, pageSize), page, pageSize, store.countOfFunder(funder));
    }

    /**
     * Who funds the person on the day: the employers, funds, municipalities and UWV with a relation with them that
     * day. For the person's own pages and for the modules that act for them, which check who is asking.
     */
    @Transactional(readOnly = true)
    public List<FundedBy> fundersOf(PersonId person, LocalDate day) {
        List<FundedBy> funders = new ArrayList<>();
        for (Relation relation : store.ofPerson(person)) {
            if (!relation.activeOn(day)) {
                continue;
            }
            Optional<AccountView> account = actors.asSystem(() -> ledger.account(relation.funder()));
            account.filter(a -> a.kind() == AccountKind.FUNDER && a.funderType() != null)
                    .ifPresent(a -> funders.add(new FundedBy(
                            a.id(),
                            a.name(),
                            Objects.requireNonNull(a.funderType()),
                            relation.kind(),
                            relation.start(),
                            relation.end())));
        }
        return funders;
    }

    /** Keeps relations given one by one (the API): the same validation as a file's lines. */
    @Transactional
    public Upload keep(List<RelationInput> inputs) {
        AccountId funder = Staff.funderOf(actors);
        List<FileProblem> problems = new ArrayList<>();
        Map<Integer, @Nullable PersonKey> keys = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            keys.put(i + 1, inputs.get(i).person());
        }
        Map<Integer, PersonId> found = keys.isEmpty() ? Map.of() : resolveAllowingRepeats(keys, problems);
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RelationInput input = inputs.get(i);
            PersonId person = found.get(i + 1);
            if (input.end() != null && input.end().isBefore(input.start())) {
                problems.add(new FileProblem(i + 1, FundingRule.END_BEFORE_START, null));
            } else if (person != null) {
                relations.add(
                        new Relation(UUID.randomUUID(), funder, person, input.kind(), input.start(), input.end()));
            }
        }
        if (!problems.isEmpty()) {
            return new Upload(inputs.size(), 0, 0, problems);
        }
        int added = store.upsert(relations, clock.instant());
        return new Upload(relations.size(), added, relations.size() - added, List.of());
    }

    /** One relation given through the API; its number in the list is its "line". */
    public record RelationInput(
            PersonKey person,
            RelationKind kind,
            LocalDate start,
            @Nullable LocalDate end) {}

    private Map<Integer, PersonId> resolveAllowingRepeats(
            Map<Integer, @Nullable PersonKey> keys, List<FileProblem> problems) {
        return people.resolve(keys, problems, false);
    }
}

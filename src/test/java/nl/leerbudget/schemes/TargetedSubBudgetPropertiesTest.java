package nl.leerbudget.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import nl.leerbudget.schemes.domain.TargetExpressionReader;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;

/**
 * A reserved sub-budget is never spent on someone outside its group. Random applicants (age, labour-market positions,
 * sector, education, basic-skills programme, the offering they apply for, a follow-on year), random windows and random
 * sub-budgets whose target groups are random combinations of every kind of criterion, written out and read as a
 * scheme file has them. The groups of each application come from {@link TargetGroups}, as in the intake; the money
 * from {@link Allocation} (first come, first served, and a lottery) and {@link Allocator} (grants that end and the
 * waiting list that is promoted). Every cent a grant draws from a sub-budget is checked against the group's criteria
 * one by one, through the Dutch reasons a person would see.
 */
class TargetedSubBudgetPropertiesTest {

    private static final List<String> SECTORS = List.of("zorg", "techniek", "bouw");
    private static final List<String> FIELDS = List.of("zorg", "ict", "techniek");

    record Applicant(int person, TargetExpression.Subject subject, long cents) {}

    @Provide
    Arbitrary<List<Applicant>> applicants() {
        Arbitrary<nl.leerbudget.schemes.Applicant> who = Combinators.combine(
                        Arbitraries.integers().between(0, 60 * 365),
                        Arbitraries.subsetOf(LabourMarketPosition.values()),
                        Arbitraries.of(SECTORS).injectNull(0.3),
                        Arbitraries.of(EducationLevel.values()),
                        Arbitraries.of(true, false))
                .as((daysOld, positions, sector, level, literacy) -> new nl.leerbudget.schemes.Applicant(
                        LocalDate.of(2027, 6, 1).minusYears(18).minusDays(daysOld),
                        true,
                        level,
                        sector,
                        positions.isEmpty() ? Set.of() : EnumSet.copyOf(positions),
                        literacy));
        Arbitrary<OfferingFacts> what = Combinators.combine(
                        Arbitraries.of(OfferingType.values()), Arbitraries.subsetOf(FIELDS))
                .as((type, fields) -> new OfferingFacts(type, true, true, Money.euros(1000), fields));
        Arbitrary<Applicant> one = Combinators.combine(
                        Arbitraries.integers().between(1, 40),
                        who,
                        what,
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 365),
                        Arbitraries.longs().between(1, 250_000))
                .as((person, applicant, offering, followOn, day, cents) -> new Applicant(
                        person,
                        new TargetExpression.Subject(
                                applicant, LocalDate.of(2027, 1, 1).plusDays(day), offering, followOn),
                        cents));
        return one.list().ofMaxSize(60);
    }

    /** A target group as a scheme file writes it: one to four criteria of different kinds, at random. */
    @Provide
    Arbitrary<String> groups() {
        List<Arbitrary<String>> kinds = List.of(
                Arbitraries.integers().between(18, 70).map(a -> "age from " + a),
                Arbitraries.integers().between(18, 70).map(a -> "age to " + a),
                Arbitraries.subsetOf(LabourMarketPosition.values())
                        .filter(s -> !s.isEmpty())
                        .map(s -> "position in "
                                + String.join(
                                        ", ",
                                        s.stream()
                                                .map(LabourMarketPosition::code)
                                                .toList())),
                Arbitraries.subsetOf(SECTORS).filter(s -> !s.isEmpty()).map(s -> "sector in " + String.join(", ", s)),
                Arbitraries.of(EducationLevel.values()).map(l -> "education-level up-to " + l.name()),
                Arbitraries.of(EducationLevel.values()).map(l -> "education-level from " + l.name()),
                Arbitraries.just("literacy-programme"),
                Arbitraries.just("follow-on-year"),
                Arbitraries.subsetOf(OfferingType.values())
                        .filter(s -> !s.isEmpty())
                        .map(s -> "offering-type in "
                                + String.join(", ", s.stream().map(Enum::name).toList())),
                Arbitraries.subsetOf(FIELDS)
                        .filter(s -> !s.isEmpty())
                        .map(s -> "offering-field in " + String.join(", ", s)));
        return Arbitraries.integers()
                .between(0, kinds.size() - 1)
                .set()
                .ofMinSize(1)
                .ofMaxSize(4)
                .filter(set -> !(set.contains(0) && set.contains(1)) && !(set.contains(4) && set.contains(5)))
                .flatMap(set -> Combinators.combine(set.stream().map(kinds::get).toList())
                        .as(parts -> String.join(" and ", parts)));
    }

    @Property(tries = 400)
    void aReservedSubBudgetIsNeverSpentOnSomeoneOutsideItsGroup(
            @ForAll("applicants") List<Applicant> applicants,
            @ForAll("groups") String first,
            @ForAll("groups") String second,
            @ForAll @LongRange(min = 1, max = 3_000_000) long budgetCents,
            @ForAll @IntRange(min = 0, max = 50) int firstPercent,
            @ForAll @IntRange(min = 0, max = 50) int secondPercent,
            @ForAll @IntRange(min = 0, max = 60) int ending,
            @ForAll long seed) {
        Map<String, TargetExpression> targets = new LinkedHashMap<>();
        List<SubBudget> subBudgets = new ArrayList<>();
        reserve(targets, subBudgets, "eerste", first, budgetCents * firstPercent / 100);
        reserve(targets, subBudgets, "tweede", second, budgetCents * secondPercent / 100);
        Budget budget = new Budget(Money.cents(budgetCents));
        Map<String, TargetExpression.Subject> subjects = new HashMap<>();
        List<Application> inReceiptOrder = new ArrayList<>();
        for (int i = 0; i < applicants.size(); i++) {
            Applicant applicant = applicants.get(i);
            String reference = "a" + i;
            subjects.put(reference, applicant.subject());
            inReceiptOrder.add(new Application(
                    reference,
                    new PersonId(new UUID(0, applicant.person())),
                    Money.cents(applicant.cents()),
                    TargetGroups.of(targets, applicant.subject())));
        }

        List<Outcome> granted = new ArrayList<>();
        Allotment firstCome = Allocation.firstComeFirstServed(inReceiptOrder, budget, subBudgets);
        granted.addAll(firstCome.granted());
        granted.addAll(
                Allocation.lottery(inReceiptOrder, budget, subBudgets, seed).granted());

        // As the intake does it, one application at a time; then some grants end and the waiting list moves up.
        Allocator allocator = Allocator.open(budget, subBudgets);
        List<Waiting> waiting = new ArrayList<>();
        List<Outcome> decided = new ArrayList<>();
        java.util.Set<PersonId> seen = new java.util.HashSet<>();
        for (Application application : inReceiptOrder) {
            if (!seen.add(application.person())) {
                continue;
            }
            Decision decision = allocator.decide(application);
            if (decision instanceof Decision.Waitlisted(int position)) {
                waiting.add(new Waiting(application, position));
            } else {
                decided.add(new Outcome(application, decision));
            }
        }
        for (Outcome ended : decided.subList(0, Math.min(ending, decided.size()))) {
            allocator.giveBack(((Decision.Granted) ended.decision()).drawnFrom());
        }
        granted.addAll(decided);
        granted.addAll(allocator.promote(waiting).promoted());

        boolean paidFromASubBudget = false;
        for (Outcome outcome : granted) {
            Decision.Granted grant = (Decision.Granted) outcome.decision();
            paidFromASubBudget |= grant.drawnFrom().keySet().stream().anyMatch(targets::containsKey);
            TargetExpression.Subject subject =
                    subjects.get(outcome.application().reference());
            grant.drawnFrom().forEach((pot, money) -> {
                if (pot.equals(Allocation.GENERAL) || !money.isPositive()) {
                    return;
                }
                TargetExpression target = targets.get(pot);
                assertThat(target.unmetByThePerson(subject))
                        .as("%s drew %s from %s (%s)", outcome.application().reference(), money, pot, target.text())
                        .isEmpty();
                assertThat(target.unmetByTheOffering(subject))
                        .as("%s drew %s from %s (%s)", outcome.application().reference(), money, pot, target.text())
                        .isEmpty();
            });
        }
        // Not a vacuous truth: in a good share of the windows someone is paid from a sub-budget.
        Statistics.label("paid from a sub-budget").collect(paidFromASubBudget);
        Statistics.label("paid from a sub-budget")
                .coverage(coverage -> coverage.check(true).percentage(p -> p >= 15));
    }

    private static void reserve(
            Map<String, TargetExpression> targets,
            List<SubBudget> subBudgets,
            String code,
            String written,
            long cents) {
        if (cents > 0) {
            targets.put(code, TargetExpressionReader.read(written));
            subBudgets.add(new SubBudget(code, Money.cents(cents)));
        }
    }
}

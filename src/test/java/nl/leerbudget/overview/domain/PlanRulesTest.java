package nl.leerbudget.overview.domain;

import static nl.leerbudget.overview.domain.Plans.START;
import static nl.leerbudget.overview.domain.Plans.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.overview.FinancingPlan;
import nl.leerbudget.overview.PlanPolicy;
import nl.leerbudget.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PlanRulesTest {

    /** The worked examples of {@code overview/plan-examples.csv}: who pays what, and why the others do not. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/overview/plan-examples.csv", numLinesToSkip = 1, delimiter = '|')
    void plansPayInThePolicysOrderAndSayWhyTheOthersDoNot(
            String example,
            long price,
            long eligible,
            long minimum,
            boolean jobSeeker,
            String budgets,
            String paying,
            String notPaying,
            long rest,
            long personPays) {
        PlanPolicy policy = Plans.policy(minimum, Set.of(PlanPolicy.Circumstance.JOB_SEEKER));

        FinancingPlan plan = PlanRules.plan(
                Plans.mboCertificate(price, eligible),
                START,
                TODAY,
                Plans.budgets(budgets == null ? "" : budgets),
                policy,
                jobSeeker ? Set.of(PlanPolicy.Circumstance.JOB_SEEKER) : Set.of());

        assertThat(plan.payments().stream()
                        .map(p -> p.label() + ":" + p.amount().cents())
                        .collect(Collectors.joining(";")))
                .as("paying")
                .isEqualTo(paying == null ? "" : paying);
        assertThat(plan.notPaying().stream()
                        .map(n -> n.label() + ":" + n.ruleId())
                        .collect(Collectors.joining(";")))
                .as("not paying")
                .isEqualTo(notPaying == null ? "" : notPaying);
        assertThat(plan.rest()).as("rest").isEqualTo(Money.cents(rest));
        assertThat(plan.personPays()).as("person pays").isEqualTo(Money.cents(personPays));
        assertThat(plan.covered().plus(plan.personPays())).isEqualTo(plan.price());
    }

    @Test
    void fatimasGrantPaysFirstThenHerLearningRightAndSheOnlyPaysTheMaterials() {
        // A recognised mbo certificate of EUR 2,500, of which EUR 2,300 tuition and exam, EUR 200 books.
        List<Budget> budgets = Plans.budgets(
                "leerrecht:LEARNING_RIGHT:1500000:2059-03-01:recognised;" + "stap:SCHEME:100000:2027-11-30:earmarked");

        FinancingPlan plan = PlanRules.plan(
                Plans.mboCertificate(250_000, 230_000), START, TODAY, budgets, Plans.policy(0, Set.of()), Set.of());

        assertThat(plan.payments())
                .extracting(p -> p.label() + " " + p.amount().toDecimalString())
                .containsExactly("stap 1000.00", "leerrecht 1300.00");
        assertThat(plan.rest()).isEqualTo(Money.ZERO);
        assertThat(plan.ownContribution()).isEqualTo(Money.euros(200));
        assertThat(plan.personPays()).isEqualTo(Money.euros(200));
        assertThat(plan.notPaying()).isEmpty();
    }

    @Test
    void aRefusalByTheCompartmentsConditionsGivesTheLedgersRuleAndItsDutchReason() {
        FinancingPlan plan = PlanRules.plan(
                Plans.mboCertificate(100_000, 100_000),
                START,
                TODAY,
                Plans.budgets("zorgfonds:SECTOR_FUND:50000:2027-12-31:zorg"),
                Plans.policy(0, Set.of()),
                Set.of());

        assertThat(plan.notPaying()).singleElement().satisfies(n -> {
            assertThat(n.ruleId()).isEqualTo("L26");
            assertThat(n.reason()).isEqualTo(nl.leerbudget.ledger.LedgerRule.SECTOR_EXCLUDED.reason());
        });
    }

    @Test
    void hoursPayNoPriceInEuros() {
        Budget euros = Plans.budgets("uren:EMPLOYER:4000:-:none").getFirst();
        Budget hours = new Budget(euros.id(), "uren", euros.source(), Unit.HOURS, euros.terms(), 4000, false);

        assertThat(PlanRules.refusal(hours, Plans.mboCertificate(100, 100), TODAY))
                .hasValueSatisfying(r -> assertThat(r.ruleId()).isEqualTo("P5"));
    }

    @Test
    void aCompartmentWhoseLastDayIsTodayStillPaysAndOneThatEndedYesterdayDoesNot() {
        Budget lastDay = Plans.budgets("a:EMPLOYER:100:2027-03-01:none").getFirst();
        Budget ended = Plans.budgets("b:EMPLOYER:100:2027-02-28:none").getFirst();

        assertThat(PlanRules.refusal(lastDay, Plans.mboCertificate(100, 100), TODAY))
                .isEmpty();
        assertThat(PlanRules.refusal(ended, Plans.mboCertificate(100, 100), TODAY))
                .hasValueSatisfying(r -> assertThat(r.ruleId()).isEqualTo("P2"));
    }

    @Test
    void theFingerprintChangesWithTheBalancesAndTheStartDateAndNotOtherwise() {
        String budgets = "werk:EMPLOYER:50000:2027-12-31:none";
        FinancingPlan once = plan(budgets, START);
        FinancingPlan again = plan(budgets, START);
        FinancingPlan lessMoney = plan("werk:EMPLOYER:49999:2027-12-31:none", START);
        FinancingPlan later = plan(budgets, START.plusMonths(1));

        assertThat(again.fingerprint()).isEqualTo(once.fingerprint()).hasSize(64);
        assertThat(lessMoney.fingerprint()).isNotEqualTo(once.fingerprint());
        assertThat(later.fingerprint()).isNotEqualTo(once.fingerprint());
    }

    private static FinancingPlan plan(String budgets, LocalDate start) {
        return PlanRules.plan(
                Plans.mboCertificate(100_000, 100_000),
                start,
                TODAY,
                Plans.budgets(budgets),
                Plans.policy(0, Set.of()),
                Set.of());
    }
}

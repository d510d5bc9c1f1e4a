package nl.leerbudget.overview.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.leerbudget.overview.PlanPolicy;
import nl.leerbudget.overview.PlanPolicy.SortKey;
import nl.leerbudget.shared.Money;
import org.junit.jupiter.api.Test;

class PlanPolicyReaderTest {

    @Test
    void theBuiltInPolicyPaysEarmarkedMoneyFirstAndTheLearningRightLastWithoutAMinimum() {
        PlanPolicy policy = PlanPolicyReader.builtIn();

        assertThat(policy.order())
                .containsExactly(
                        SortKey.EARMARKED_FIRST,
                        SortKey.LEARNING_RIGHT_LAST,
                        SortKey.EXPIRES_FIRST,
                        SortKey.PRIVATE_BEFORE_PUBLIC);
        assertThat(policy.minimumOwnPayment()).isEqualTo(Money.ZERO);
        assertThat(policy.exemptions()).isEmpty();
    }

    @Test
    void aPolicyMakerSwitchesOnACoPaymentWithAnExemptionForJobSeekers() {
        PlanPolicy policy = PlanPolicyReader.read(
                text("minimum-own-payment = 100 EUR", "minimum-own-payment-exempt = job-seeker"), "test");

        assertThat(policy.minimumOwnPayment()).isEqualTo(Money.euros(100));
        assertThat(policy.exemptions()).containsExactly(PlanPolicy.Circumstance.JOB_SEEKER);
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        assertThatThrownBy(() -> PlanPolicyReader.read(
                        text("minimum-own-payment = 100", "minimum-own-payment-exempt = students")
                                .replace("expires-first", "cheapest-first"),
                        "test"))
                .hasMessageContaining("unknown sort key 'cheapest-first'")
                .hasMessageContaining("'100 EUR'")
                .hasMessageContaining("unknown circumstance 'students'");
    }

    private static String text(String minimum, String exempt) {
        return String.join(
                "\n",
                "id = test-plan",
                "version = 1",
                "description = Test",
                "effective-from = 2027-01-01",
                "order = earmarked-first, expires-first",
                minimum,
                exempt);
    }
}

package nl.leerbudget.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Worked examples of a budget in study credits and hours, in cents and hundredths of a unit. */
class BudgetUnitTest {

    @Test
    void aNeutralRightOfFifteenThousandEurosIsNinetySevenPointEightTwoStudyCreditsAtOneHundredFiftyThreeThirtyThree() {
        // EUR 15,000.00 / EUR 153.33 = 97.8282... EC, rounded down to hundredths: never more than the amount buys.
        assertThat(BudgetUnit.STUDY_CREDITS.minorOf(1_500_000, 15_333)).isEqualTo(9_782);
    }

    @Test
    void twelveAndAHalfCreditsUsedAtOneHundredFiftySixFortyCostNineteenHundredFiftyFiveEuros() {
        // 12.50 EC x EUR 156.40 = EUR 1,955.00
        assertThat(BudgetUnit.STUDY_CREDITS.centsOf(1_250, 15_640)).isEqualTo(195_500);
    }

    @Test
    void theCostOfAPartOfAnHourIsRoundedHalfUpToTheCent() {
        // 0.01 hour x EUR 5.48 = EUR 0.0548 -> EUR 0.05; 0.03 hour = EUR 0.1644 -> EUR 0.16; 0.5 hour = EUR 2.74
        assertThat(BudgetUnit.HOURS.centsOf(1, 548)).isEqualTo(5);
        assertThat(BudgetUnit.HOURS.centsOf(3, 548)).isEqualTo(16);
        assertThat(BudgetUnit.HOURS.centsOf(50, 548)).isEqualTo(274);
        // 0.25 hour x EUR 0.50 = 12.5 cents -> 13 cents (half up)
        assertThat(BudgetUnit.HOURS.centsOf(25, 50)).isEqualTo(13);
    }

    @Test
    void aBudgetInMoneyIsHeldInCentsAtOneCentACent() {
        assertThat(BudgetUnit.MONEY.minorOf(1_500_000, 1)).isEqualTo(1_500_000);
        assertThat(BudgetUnit.MONEY.centsOf(1_500_000, 1)).isEqualTo(1_500_000);
    }

    @Test
    void aScenarioWithAnUnknownUnitIsRefusedWithTheUnitsItMayUse() {
        assertThatThrownBy(() -> BudgetUnit.of("mijn", "right.unit", "days"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("right.unit: money, hours of study-credits, niet 'days'");
    }
}

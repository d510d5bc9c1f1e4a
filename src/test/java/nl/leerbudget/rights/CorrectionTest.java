package nl.leerbudget.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.leerbudget.shared.Money;
import org.junit.jupiter.api.Test;

class CorrectionTest {

    @Test
    void creditsAHigherRightInFull() {
        Adjustment adjustment = Correction.adjust(Money.euros(20_000), Money.euros(5_000), Money.euros(26_500));

        assertThat(adjustment).isInstanceOfSatisfying(Adjustment.Increase.class, increase -> {
            assertThat(increase.amount()).isEqualTo(Money.euros(6_500));
            assertThat(increase.trace().text()).isEqualTo("""
                            Eerder op uw leerrekening gezet: € 20.000.
                            Nieuw berekend leerrecht: € 26.500.
                            Het nieuwe bedrag is € 6.500 hoger. We zetten € 6.500 extra op uw leerrekening.""");
        });
    }

    @Test
    void takesBackALowerRightFromWhatIsUnspent() {
        Adjustment adjustment = Correction.adjust(Money.euros(20_000), Money.euros(2_000), Money.euros(10_000));

        assertThat(adjustment).isInstanceOfSatisfying(Adjustment.Decrease.class, decrease -> {
            assertThat(decrease.amount()).isEqualTo(Money.euros(10_000));
            assertThat(decrease.notReclaimed()).isEqualTo(Money.ZERO);
            assertThat(decrease.trace().mentions("correction.not-reclaimed")).isFalse();
        });
    }

    @Test
    void neverClawsBackMoneyAlreadySpent() {
        Adjustment adjustment = Correction.adjust(Money.euros(20_000), Money.euros(15_000), Money.euros(10_000));

        assertThat(adjustment).isInstanceOfSatisfying(Adjustment.Decrease.class, decrease -> {
            assertThat(decrease.amount()).isEqualTo(Money.euros(5_000));
            assertThat(decrease.notReclaimed()).isEqualTo(Money.euros(5_000));
            assertThat(decrease.trace().text()).isEqualTo("""
                            Eerder op uw leerrekening gezet: € 20.000.
                            Nieuw berekend leerrecht: € 10.000.
                            Het nieuwe bedrag is € 10.000 lager.
                            U heeft al € 15.000 uitgegeven. Dat hoeft u niet terug te betalen.
                            Er staat nog € 5.000 die u niet heeft uitgegeven. We halen € 5.000 van uw leerrekening af.
                            De rest van de verlaging, € 5.000, halen we niet terug: dat geld heeft u al uitgegeven.""");
        });
    }

    @Test
    void movesNothingWhenEverythingIsSpent() {
        Adjustment adjustment = Correction.adjust(Money.euros(20_000), Money.euros(20_000), Money.euros(12_000));

        assertThat(adjustment).isInstanceOfSatisfying(Adjustment.Unchanged.class, unchanged -> {
            assertThat(unchanged.notReclaimed()).isEqualTo(Money.euros(8_000));
            assertThat(unchanged.trace().text())
                    .contains("U heeft alles al uitgegeven. We halen niets van uw leerrekening af.");
        });
    }

    @Test
    void movesNothingWhenTheRightStaysTheSame() {
        Adjustment adjustment = Correction.adjust(Money.euros(20_000), Money.euros(3_000), Money.euros(20_000));

        assertThat(adjustment).isEqualTo(new Adjustment.Unchanged(Money.ZERO, adjustment.trace()));
        assertThat(adjustment.trace().text()).endsWith("Het bedrag blijft gelijk. Er verandert niets.");
    }

    @Test
    void aPersonNoLongerEntitledHasARightOfZero() {
        Assessment none = Entitlement.assess(
                EntitlementTest.REGRESSIVE,
                EntitlementTest.COSTS,
                LocalDate.of(1958, 1, 1),
                EducationHistory.of(EntitlementTest.PERSON, List.of()));

        Adjustment adjustment = Correction.adjust(Money.euros(1_000), Money.euros(250), none);

        assertThat(adjustment).isInstanceOfSatisfying(Adjustment.Decrease.class, decrease -> {
            assertThat(decrease.amount()).isEqualTo(Money.euros(750));
            assertThat(decrease.notReclaimed()).isEqualTo(Money.euros(250));
        });
    }

    @Test
    void correctsAComputedRightAfterACorrectedHistory() {
        EducationHistory first =
                EducationHistory.parse(EntitlementTest.PERSON, 1, "MBO2-BOL:2011-08-01..2013-07-31:funded:diploma");
        EducationHistory corrected = first.corrected(List.of(
                EducationPeriod.parse("MBO2-BOL:2011-08-01..2013-07-31:funded:diploma"),
                EducationPeriod.parse("MBO4-BOL:2013-08-01..2016-07-31:funded:diploma")));
        LocalDate birthDate = LocalDate.of(1995, 2, 10);
        LearningRight before = EntitlementTest.entitled(EntitlementTest.REGRESSIVE, birthDate, first);
        LearningRight after = EntitlementTest.entitled(EntitlementTest.REGRESSIVE, birthDate, corrected);

        Adjustment adjustment = Correction.adjust(before.amount(), Money.euros(20_000), after.amount());

        // Before: 44000 - 16758.33 = 27241.67. The mbo 4 adds 3500 + 8600 + 8800 + 5250 = 26150: 1091.67 left.
        assertThat(after.amount()).isEqualTo(Money.parse("1091.67"));
        assertThat(after.basis().historyVersion()).isEqualTo(2);
        assertThat(adjustment).isInstanceOfSatisfying(Adjustment.Decrease.class, decrease -> {
            assertThat(decrease.amount()).isEqualTo(Money.parse("7241.67"));
            assertThat(decrease.notReclaimed()).isEqualTo(Money.parse("18908.33"));
        });
    }

    @Test
    void refusesAmountsThatCannotBe() {
        assertThatThrownBy(() -> Correction.adjust(Money.euros(100), Money.euros(101), Money.euros(50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more spent");
        assertThatThrownBy(() -> Correction.adjust(Money.euros(100), Money.euros(-1), Money.euros(50)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Correction.adjust(Money.euros(100), Money.ZERO, Money.euros(-50)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

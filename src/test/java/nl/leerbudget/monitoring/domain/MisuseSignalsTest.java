package nl.leerbudget.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.leerbudget.monitoring.MisuseRule;
import nl.leerbudget.monitoring.Signal;
import nl.leerbudget.monitoring.SignalPolicy;
import nl.leerbudget.monitoring.domain.MisuseSignals.Cancellation;
import nl.leerbudget.monitoring.domain.MisuseSignals.Holding;
import nl.leerbudget.monitoring.domain.MisuseSignals.LoginChange;
import nl.leerbudget.monitoring.domain.MisuseSignals.MoneyMoved;
import nl.leerbudget.monitoring.domain.MisuseSignals.OfferingParticipants;
import nl.leerbudget.monitoring.domain.MisuseSignals.OfferingPrice;
import nl.leerbudget.monitoring.domain.MisuseSignals.ProviderMonth;
import nl.leerbudget.monitoring.domain.MisuseSignals.SharedKind;
import org.junit.jupiter.api.Test;

class MisuseSignalsTest {

    private static final SignalPolicy POLICY = SignalPolicyReader.builtIn();
    private static final Instant NOON = Instant.parse("2027-03-01T11:00:00Z");

    @Test
    void theBuiltInPolicyCapsAnOfferingAtThreeHundredParticipants() {
        assertThat(POLICY.participantCap()).isEqualTo(300);
        assertThat(POLICY.loginChangeWindow()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void anOfferingWithThreeHundredAndOneParticipantsIsOverTheCapAndOneWithThreeHundredIsNot() {
        List<Signal> signals = MisuseSignals.overCap(
                List.of(
                        new OfferingParticipants("cursus-a", "aanbieder-1", 301),
                        new OfferingParticipants("cursus-b", "aanbieder-1", 300),
                        new OfferingParticipants("cursus-c", "aanbieder-2", 4_400)),
                POLICY);

        assertThat(signals).extracting(Signal::subject).containsExactly("cursus-c", "cursus-a");
        assertThat(signals).allSatisfy(s -> assertThat(s.rule()).isEqualTo(MisuseRule.OVER_CAP));
        assertThat(signals.get(1).evidence())
                .isEqualTo("301 deelnemers bij aanbieder aanbieder-1; het maximum is 300.");
    }

    @Test
    void aProviderWhoseMonthIsThreeTimesItsUsualAndAtLeastTwentyJumps() {
        List<ProviderMonth> months = new ArrayList<>();
        YearMonth start = YearMonth.of(2026, 9);
        for (int i = 0; i < 6; i++) {
            months.add(new ProviderMonth("stabiel", start.plusMonths(i), 40));
            months.add(new ProviderMonth("springer", start.plusMonths(i), i == 2 ? 0 : 10));
            months.add(new ProviderMonth("klein", start.plusMonths(i), 2));
        }
        months.add(new ProviderMonth("stabiel", start.plusMonths(6), 100));
        months.add(new ProviderMonth("springer", start.plusMonths(6), 30));
        months.add(new ProviderMonth("klein", start.plusMonths(6), 19));

        List<Signal> signals = MisuseSignals.jumps(months, POLICY);

        assertThat(signals).extracting(Signal::subject).containsExactly("springer");
        assertThat(signals.getFirst().evidence())
                .isEqualTo("maart 2027: 30 boekingen of subsidies; gewoonlijk 10 per maand (de mediaan van de 6"
                        + " maanden ervoor).");
    }

    @Test
    void aNewProviderIsNotJudgedBeforeItHasAFullHistory() {
        List<ProviderMonth> months = List.of(
                new ProviderMonth("nieuw", YearMonth.of(2027, 1), 1),
                new ProviderMonth("nieuw", YearMonth.of(2027, 2), 500));

        assertThat(MisuseSignals.jumps(months, POLICY)).isEmpty();
    }

    @Test
    void aPriceAboveThreeTimesTheMedianOfItsTypeIsSignalledOnlyWithEnoughComparableOfferings() {
        List<OfferingPrice> prices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            prices.add(new OfferingPrice("kort-" + i, "aanbieder-" + i, "SHORT_COURSE", 100_000));
        }
        prices.add(new OfferingPrice("duur", "aanbieder-x", "SHORT_COURSE", 300_001));
        prices.add(new OfferingPrice("net-niet", "aanbieder-y", "SHORT_COURSE", 300_000));
        prices.add(new OfferingPrice("alleen", "aanbieder-z", "MICROCREDENTIAL", 9_000_000));
        prices.add(new OfferingPrice("ook-alleen", "aanbieder-z", "MICROCREDENTIAL", 100));

        List<Signal> signals = MisuseSignals.prices(prices, POLICY);

        assertThat(signals).extracting(Signal::subject).containsExactly("duur");
        assertThat(signals.getFirst().evidence())
                .isEqualTo("Prijs € 3.000,01 bij aanbieder aanbieder-x; de mediaan van 6 vergelijkbare opleidingen"
                        + " (SHORT_COURSE) is € 1.000,00.");
    }

    @Test
    void fiveProvidersWithOneBankAccountAreSignalledAndFourAreNot() {
        List<Holding> holdings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            holdings.add(new Holding(SharedKind.BANK_ACCOUNT, "NL91ABNA0417164300", "aanbieder-" + i));
        }
        for (int i = 0; i < 4; i++) {
            holdings.add(new Holding(SharedKind.BANK_ACCOUNT, "NL20INGB0001234567", "aanbieder-" + i));
        }
        // The same holder twice counts once.
        holdings.add(new Holding(SharedKind.BANK_ACCOUNT, "NL20INGB0001234567", "aanbieder-0"));

        List<Signal> signals = MisuseSignals.shared(holdings, POLICY);

        assertThat(signals).extracting(Signal::subject).containsExactly("rekeningnummer NL91ABNA0417164300");
        assertThat(signals.getFirst().rule()).isEqualTo(MisuseRule.SHARED_ACCOUNT);
        assertThat(signals.getFirst().evidence()).startsWith("5 verschillende houders van hetzelfde rekeningnummer");
    }

    @Test
    void fiveBookingsStartedAndCancelledWithinThirtyDaysAreAPatternSpreadOverLongerTheyAreNot() {
        List<Cancellation> cancellations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cancellations.add(
                    new Cancellation("b" + i, "persoon-a", "aanbieder-" + i, NOON.plus(Duration.ofDays(7L * i))));
            cancellations.add(
                    new Cancellation("c" + i, "persoon-b", "aanbieder-" + i, NOON.plus(Duration.ofDays(8L * i))));
        }

        List<Signal> signals = MisuseSignals.startedAndCancelled(cancellations, POLICY);

        assertThat(signals).extracting(Signal::subject).containsExactly("persoon persoon-a");
        assertThat(signals.getFirst().evidence()).isEqualTo("5 boekingen gestart en geannuleerd binnen 30 dagen.");
    }

    @Test
    void cancellationsAtOneProviderByDifferentPeopleAreAPatternOfTheProvider() {
        List<Cancellation> cancellations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cancellations.add(new Cancellation("b" + i, "persoon-" + i, "aanbieder-q", NOON.plus(Duration.ofHours(i))));
        }

        assertThat(MisuseSignals.startedAndCancelled(cancellations, POLICY))
                .extracting(Signal::subject)
                .containsExactly("aanbieder aanbieder-q");
    }

    @Test
    void moneyMovedWithinFortyEightHoursAfterALoginChangeIsSignalledAndLaterOrEarlierIsNot() {
        List<LoginChange> changes = List.of(new LoginChange("account-1", NOON), new LoginChange("account-2", NOON));
        List<MoneyMoved> moved = List.of(
                new MoneyMoved("account-1", NOON.plus(Duration.ofHours(47)), 95_000),
                new MoneyMoved("account-2", NOON.plus(Duration.ofHours(49)), 95_000),
                new MoneyMoved("account-2", NOON.minus(Duration.ofHours(1)), 95_000),
                new MoneyMoved("account-3", NOON, 95_000));

        List<Signal> signals = MisuseSignals.loginChangedBeforeMoney(changes, moved, POLICY);

        assertThat(signals).extracting(Signal::subject).containsExactly("account-1");
        assertThat(signals.getFirst().evidence())
                .isEqualTo("€ 950,00 uitgegeven 47 uur na een wijziging van de inloggegevens.");
    }
}

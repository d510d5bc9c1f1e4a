package nl.leerbudget.overview.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.overview.Overview;
import nl.leerbudget.overview.Overview.Compartment;
import nl.leerbudget.overview.Source;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OverviewRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void groupsCompartmentsBySourceWithTheLearningRightFirstAndOwnMoneyLast() {
        List<Compartment> compartments = List.of(
                compartment("Eigen spaarpot", Source.PERSON, 100_00, null),
                compartment("Opleidingsbudget", Source.EMPLOYER, 500_00, LocalDate.of(2027, 12, 31)),
                compartment("STAP-budget", Source.SCHEME, 1_000_00, LocalDate.of(2027, 6, 30)),
                compartment("Leerrecht", Source.LEARNING_RIGHT, 21_400_00, LocalDate.of(2059, 3, 1)),
                compartment("Sectorfonds Techniek", Source.SECTOR_FUND, 750_00, LocalDate.of(2028, 1, 1)));

        List<Overview.SourceGroup> groups = OverviewRules.bySource(compartments, TODAY);

        assertThat(groups)
                .extracting(Overview.SourceGroup::source)
                .containsExactly(
                        Source.LEARNING_RIGHT, Source.SCHEME, Source.EMPLOYER, Source.SECTOR_FUND, Source.PERSON);
        assertThat(groups.get(2).compartments()).extracting(Compartment::label).containsExactly("Opleidingsbudget");
    }

    @Test
    void withinAGroupTheSoonestLastDayComesFirstAndEndedCompartmentsLast() {
        List<Compartment> compartments = List.of(
                compartment("Zonder einde", Source.EMPLOYER, 100_00, null),
                compartment("Verlopen vorig jaar", Source.EMPLOYER, 0, LocalDate.of(2026, 12, 31)),
                compartment("Tot de zomer", Source.EMPLOYER, 100_00, LocalDate.of(2027, 7, 1)),
                compartment("Tot de lente", Source.EMPLOYER, 100_00, LocalDate.of(2027, 4, 1)),
                compartment("Verlopen vorige maand", Source.EMPLOYER, 0, LocalDate.of(2027, 2, 1)));

        List<Compartment> group =
                OverviewRules.bySource(compartments, TODAY).getFirst().compartments();

        assertThat(group)
                .extracting(Compartment::label)
                .containsExactly(
                        "Tot de lente", "Tot de zomer", "Zonder einde", "Verlopen vorige maand", "Verlopen vorig jaar");
    }

    @Test
    void anExpiredCompartmentCountsAsEndedWhateverItsLastDay() {
        Compartment closed = new Compartment(
                AccountId.random(), "Gesloten", Source.STATE, Unit.EUR, 0, 0, 0, null, LocalDate.of(2027, 6, 1), true);

        assertThat(closed.endedBefore(TODAY)).isTrue();
        assertThat(OverviewRules.expiringSoon(List.of(closed), TODAY)).isEmpty();
    }

    @Test
    void expiringSoonListsMoneyWhoseLastDayFallsWithinNinetyDaysSoonestFirst() {
        Compartment today = compartment("Vandaag de laatste dag", Source.EMPLOYER, 50_00, TODAY);
        Compartment edge = compartment("Precies 90 dagen", Source.MUNICIPALITY, 50_00, TODAY.plusDays(90));
        Compartment beyond = compartment("Na 91 dagen", Source.MUNICIPALITY, 50_00, TODAY.plusDays(91));
        Compartment soon = compartment("Over een maand", Source.SCHEME, 1_000_00, TODAY.plusMonths(1));
        Compartment empty = compartment("Leeg", Source.EMPLOYER, 0, TODAY.plusDays(10));
        Compartment ended = compartment("Gisteren verlopen", Source.EMPLOYER, 50_00, TODAY.minusDays(1));
        Compartment endless = compartment("Zonder einde", Source.PERSON, 50_00, null);

        List<Compartment> expiring =
                OverviewRules.expiringSoon(List.of(beyond, edge, soon, empty, ended, endless, today), TODAY);

        assertThat(expiring).containsExactly(today, soon, edge);
    }

    @Test
    void wordsEveryKindOfMovementInDutchAndMoneyComingInByItsSource() {
        assertThat(OverviewRules.describe(TransferCode.DEPOSIT, true, Source.EMPLOYER, null))
                .isEqualTo("Storting door uw werkgever");
        assertThat(OverviewRules.describe(TransferCode.DEPOSIT, true, Source.SCHEME, null))
                .isEqualTo("Subsidie toegekend");
        assertThat(OverviewRules.describe(TransferCode.DEPOSIT, true, Source.LEARNING_RIGHT, null))
                .isEqualTo("Leerrecht bijgeschreven");
        assertThat(OverviewRules.describe(TransferCode.SPEND, false, Source.EMPLOYER, "ROC Midden Nederland"))
                .isEqualTo("Betaald aan ROC Midden Nederland");
        assertThat(OverviewRules.describe(TransferCode.SPEND, false, Source.EMPLOYER, null))
                .isEqualTo("Betaald aan een opleider");
        assertThat(OverviewRules.describe(TransferCode.REVERSAL, true, Source.EMPLOYER, null))
                .isEqualTo("Teruggeboekt (correctie)");
        for (TransferCode code : TransferCode.values()) {
            for (Source source : Source.values()) {
                assertThat(OverviewRules.describe(code, true, source, null)).isNotBlank();
                assertThat(OverviewRules.describe(code, false, source, null)).isNotBlank();
            }
        }
    }

    private static Compartment compartment(String label, Source source, long available, @Nullable LocalDate until) {
        return new Compartment(
                AccountId.derived("overview-test/" + label),
                label,
                source,
                Unit.EUR,
                available,
                0,
                0,
                null,
                until,
                false);
    }
}

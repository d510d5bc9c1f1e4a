package nl.leerbudget.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerbudget.funding.domain.PersonKey;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.AccountView;
import nl.leerbudget.ledger.CommandId;
import nl.leerbudget.ledger.CommandResult;
import nl.leerbudget.ledger.CompartmentConditions;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.ledger.FunderType;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferId;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.register.Register;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.ActingAs;
import nl.leerbudget.support.Funders;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.TestPeople;
import nl.leerbudget.support.Trainings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When an employee leaves, what is left of the employer's money goes where the employer chose per deposit: back to
 * the employer, to the state, or it stays with the person; held money stays; each end is handled once.
 */
@IntegrationTest
class RelationEndIT {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);
    private static final LocalDate RUN_DAY = LAST_DAY.plusDays(1);

    @Autowired
    FunderDeposits deposits;

    @Autowired
    FunderRelations relations;

    @Autowired
    RelationEnds ends;

    @Autowired
    FunderReports reports;

    @Autowired
    PersonRegistry registry;

    @Autowired
    Ledger ledger;

    @Autowired
    Register register;

    @Autowired
    Actors actors;

    UUID funder;
    String bsn;
    PersonId person;

    @BeforeEach
    void setUp() {
        funder = UUID.randomUUID();
        openFunder(funder, Money.euros(10_000));
        bsn = TestPeople.randomBsn();
        person = actors.asSystem(() -> registry.register(bsn, "Vertrekkende medewerker"))
                .id();
    }

    @Test
    void eachDepositGoesWhereTheEmployerChoseWhenTheEmploymentEnds() {
        AccountId back = deposit(RelationEndRule.RETURN_TO_FUNDER, 500);
        AccountId state = deposit(RelationEndRule.TO_STATE, 300);
        AccountId keeps = deposit(RelationEndRule.PERSON_KEEPS, 200);
        long lapsedBefore = available(SystemAccounts.lapsed(Unit.EUR));
        employ(LAST_DAY);

        RelationEnds.Handled handled = mine(run());

        assertThat(handled.stillFunded()).isFalse();
        assertThat(handled.returned()).isEqualTo(Money.euros(500));
        assertThat(handled.toState()).isEqualTo(Money.euros(300));
        assertThat(handled.kept()).isEqualTo(Money.euros(200));
        assertThat(available(back)).isZero();
        assertThat(available(state)).isZero();
        assertThat(available(keeps)).isEqualTo(Money.euros(200).cents());
        assertThat(available(new AccountId(funder)))
                .isEqualTo(Money.euros(10_000 - 1_000 + 500).cents());
        assertThat(available(SystemAccounts.lapsed(Unit.EUR)) - lapsedBefore).isGreaterThanOrEqualTo(30_000);
        // The usage report counts it as returned and as lapsed to the state.
        UsageReport report = as(() -> reports.mine()).orElseThrow();
        assertThat(report.totals().returned()).isEqualTo(Money.euros(500).cents());
        assertThat(report.totals().lapsed()).isEqualTo(Money.euros(300).cents());
    }

    @Test
    void moneyHeldForABookingStaysAndOnlyTheRestGoesBack() {
        AccountId back = deposit(RelationEndRule.RETURN_TO_FUNDER, 500);
        Trainings.Training course = actors.asSystem(() -> new Trainings(register, ledger).shortCourse());
        CommandId hold = CommandId.random();
        assertThat(actors.asSystem(() -> ledger.execute(LedgerCommand.of(
                        hold,
                        new TransferOrder.Hold(
                                back, course.payable(), 20_000, TransferCode.SPEND, null, null, course.offeringId())))))
                .isInstanceOf(CommandResult.Executed.class);
        employ(LAST_DAY);

        RelationEnds.Handled handled = mine(run());

        assertThat(handled.returned()).isEqualTo(Money.euros(300));
        assertThat(handled.held()).isEqualTo(Money.euros(200));
        AccountView compartment = account(back);
        assertThat(compartment.held()).isEqualTo(20_000);
        assertThat(compartment.available()).isZero();
        // Released later, the money stays with the person until the compartment's own end.
        assertThat(actors.asSystem(() -> ledger.execute(
                        LedgerCommand.of(CommandId.random(), new TransferOrder.Release(new TransferId(hold.value()))))))
                .isInstanceOf(CommandResult.Executed.class);
        assertThat(run()).noneMatch(h -> h.relation().person().equals(person));
        assertThat(available(back)).isEqualTo(20_000);
    }

    @Test
    void aSecondRunMovesNothingAgain() {
        AccountId back = deposit(RelationEndRule.RETURN_TO_FUNDER, 500);
        employ(LAST_DAY);
        mine(run());
        long funderAfterFirst = available(new AccountId(funder));
        // Money deposited after the end was handled is not taken by a repeated run.
        AccountId later = deposit(RelationEndRule.RETURN_TO_FUNDER, 100);

        assertThat(run()).noneMatch(h -> h.relation().person().equals(person));

        assertThat(available(back)).isZero();
        assertThat(available(later)).isEqualTo(10_000);
        assertThat(available(new AccountId(funder))).isEqualTo(funderAfterFirst - 10_000);
    }

    @Test
    void nothingMovesWhileThePersonHasAnotherRelationWithTheSameFunder() {
        AccountId back = deposit(RelationEndRule.RETURN_TO_FUNDER, 500);
        employ(LAST_DAY);
        FunderRelations.Upload rehired = as(() -> relations.keep(List.of(new FunderRelations.RelationInput(
                PersonKey.bsn(bsn), RelationKind.EMPLOYMENT, LAST_DAY.plusDays(1), null))));
        assertThat(rehired.problems()).isEmpty();

        RelationEnds.Handled handled = mine(run());

        assertThat(handled.stillFunded()).isTrue();
        assertThat(available(back)).isEqualTo(50_000);
    }

    private List<RelationEnds.Handled> run() {
        return actors.asSystem(() -> ends.runDue(RUN_DAY));
    }

    private RelationEnds.Handled mine(List<RelationEnds.Handled> handled) {
        return handled.stream()
                .filter(h -> h.relation().person().equals(person))
                .filter(h -> h.relation().funder().value().equals(funder))
                .findFirst()
                .orElseThrow();
    }

    private void employ(LocalDate lastDay) {
        FunderRelations.Upload kept = as(() -> relations.keep(List.of(
                new FunderRelations.RelationInput(PersonKey.bsn(bsn), RelationKind.EMPLOYMENT, START, lastDay))));
        assertThat(kept.problems()).isEmpty();
    }

    private AccountId deposit(RelationEndRule rule, long euros) {
        UUID request = UUID.randomUUID();
        var terms = new DepositTerms(
                "Opleidingsbudget",
                CompartmentConditions.NONE,
                null,
                LocalDate.of(2030, 12, 31),
                ExpiryRule.RETURN_TO_FUNDER,
                rule);
        assertThat(as(() -> deposits.depositOne(request, PersonKey.bsn(bsn), Money.euros(euros), terms, null)))
                .isInstanceOf(FunderDeposits.Outcome.Deposited.class);
        return AccountId.derived("funding/deposit/" + request);
    }

    private AccountView account(AccountId id) {
        return actors.asSystem(() -> ledger.account(id)).orElseThrow();
    }

    private long available(AccountId id) {
        return account(id).available();
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return ActingAs.run(ActingAs.funder(funder), work);
    }

    private void openFunder(UUID id, Money money) {
        Funders.open(ledger, actors, id, "Werkgever " + id, FunderType.EMPLOYER, money);
    }
}

package nl.leerbudget.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import nl.leerbudget.ledger.LearningAccountView;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.ledger.LedgerCommand;
import nl.leerbudget.ledger.SystemAccounts;
import nl.leerbudget.ledger.TransferCode;
import nl.leerbudget.ledger.TransferOrder;
import nl.leerbudget.ledger.Unit;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.ActingAs;
import nl.leerbudget.support.Funders;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The funder portal's services: deposit files, one-person deposits, relations and the usage report. */
@IntegrationTest
class FundingIT {

    private static final DepositTerms TERMS = new DepositTerms(
            "Opleidingsbudget",
            new CompartmentConditions(Set.of(OfferingType.MBO_CERTIFICATE), false, null, Set.of("techniek")),
            null,
            LocalDate.of(2030, 12, 31),
            ExpiryRule.RETURN_TO_FUNDER);

    @Autowired
    FunderDeposits deposits;

    @Autowired
    FunderRelations relations;

    @Autowired
    FunderReports reports;

    @Autowired
    PersonRegistry registry;

    @Autowired
    Ledger ledger;

    @Autowired
    Actors actors;

    UUID funder;
    String first;
    String second;
    PersonId firstPerson;
    PersonId secondPerson;

    @BeforeEach
    void setUp() {
        funder = UUID.randomUUID();
        openFunder(funder, Money.euros(1_000));
        first = TestPeople.randomBsn();
        second = TestPeople.randomBsn();
        firstPerson = actors.asSystem(() -> registry.register(first, "Eerste")).id();
        secondPerson =
                actors.asSystem(() -> registry.register(second, "Tweede")).id();
    }

    @Test
    void aFileIsPreviewedWithEveryBadLineAndItsReasonAndBookedOnlyWhenConfirmedAllOrNothing() {
        String unknown = TestPeople.randomBsn();
        String file = "bsn;bedrag;kenmerk\n" + first + ";300,00;P-1\n" + second + ";nul;P-2\n" + unknown
                + ";100,00;P-3\n123456789;100,00;P-4\n" + first + ";50,00;P-5\n";

        DepositUpload preview = as(() -> deposits.preview("a.csv", bytes(file), TERMS));

        assertThat(preview.lines()).isEqualTo(5);
        assertThat(preview.total()).isEqualTo(Money.euros(300));
        assertThat(preview.problems())
                .extracting(FileProblem::line, FileProblem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, FundingRule.AMOUNT),
                        org.assertj.core.groups.Tuple.tuple(4, FundingRule.PERSON_UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple(5, FundingRule.BSN_INVALID),
                        org.assertj.core.groups.Tuple.tuple(6, FundingRule.PERSON_TWICE));
        assertThat(preview.problems().getFirst().text()).contains("Er staat: \u201cnul\u201d.");
        assertThat(as(() -> deposits.confirm(preview.id())))
                .isInstanceOfSatisfying(
                        FunderDeposits.Outcome.Refused.class,
                        r -> assertThat(r.rule()).isEqualTo(FundingRule.FILE_HAS_PROBLEMS));
        assertThat(compartmentsOf(firstPerson)).isEmpty();
        assertThat(available(funder)).isEqualTo(Money.euros(1_000).cents());
    }

    @Test
    void theSameFileDepositsOnceHoweverOftenItIsUploadedAndConfirmed() {
        String file = "bsn,bedrag\n" + first + ",300.00\n" + second + ",\"1.200,50\"\n";
        // Comma-separated with a quoted Dutch amount is read as well as the semicolon form.
        DepositUpload one = as(() -> deposits.preview("a.csv", bytes(file), TERMS));
        assertThat(one.problems()).isEmpty();
        assertThat(one.total()).isEqualTo(Money.cents(150_050));
        // More than the funder has: nothing at all is booked.
        assertThat(as(() -> deposits.confirm(one.id())))
                .isInstanceOfSatisfying(
                        FunderDeposits.Outcome.Refused.class,
                        r -> assertThat(r.rule()).isEqualTo(FundingRule.NOT_ENOUGH_MONEY));
        assertThat(compartmentsOf(firstPerson)).isEmpty();

        topUp(funder, Money.euros(1_000));
        assertThat(as(() -> deposits.confirm(one.id())))
                .isEqualTo(new FunderDeposits.Outcome.Deposited(2, Money.cents(150_050), false));
        assertThat(as(() -> deposits.confirm(one.id())))
                .isEqualTo(new FunderDeposits.Outcome.Deposited(2, Money.cents(150_050), true));
        DepositUpload again = as(() -> deposits.preview("kopie.csv", bytes(file), TERMS));
        assertThat(again.sameFileDepositedAt()).isNotNull();
        assertThat(as(() -> deposits.confirm(again.id())))
                .isEqualTo(new FunderDeposits.Outcome.Deposited(2, Money.cents(150_050), true));
        DepositUpload otherTerms = as(() -> deposits.preview(
                "b.csv",
                bytes(file),
                new DepositTerms("Ander budget", CompartmentConditions.NONE, null, null, ExpiryRule.LAPSE_TO_STATE)));
        assertThat(as(() -> deposits.confirm(otherTerms.id())))
                .isInstanceOfSatisfying(
                        FunderDeposits.Outcome.Refused.class,
                        r -> assertThat(r.rule()).isEqualTo(FundingRule.OTHER_TERMS));

        List<AccountView> compartments = compartmentsOf(firstPerson);
        assertThat(compartments).hasSize(1);
        AccountView compartment = compartments.getFirst();
        assertThat(compartment.available()).isEqualTo(30_000);
        assertThat(compartment.compartment().conditions()).isEqualTo(TERMS.conditions());
        assertThat(compartment.compartment().validUntil()).isEqualTo(TERMS.validUntil());
        assertThat(available(funder)).isEqualTo(Money.euros(2_000).cents() - 150_050);
        assertThat(ConditionsText.of(compartment.compartment().conditions()))
                .isEqualTo("Alleen mbo-certificaat; alleen opleidingen voor werk in: techniek");
    }

    @Test
    void anotherFundersFileIsAbsent() {
        DepositUpload mine = as(() -> deposits.preview("a.csv", bytes("bsn,bedrag\n" + first + ",10\n"), TERMS));
        UUID other = UUID.randomUUID();
        openFunder(other, Money.euros(100));

        assertThat(ActingAs.run(ActingAs.funder(other), () -> deposits.upload(mine.id())))
                .isEmpty();
        assertThat(ActingAs.run(ActingAs.funder(other), () -> deposits.confirm(mine.id())))
                .isInstanceOf(FunderDeposits.Outcome.NotFound.class);
    }

    @Test
    void aDepositToOnePersonIsBookedOncePerRequest() {
        UUID request = UUID.randomUUID();
        FunderDeposits.Outcome done =
                as(() -> deposits.depositOne(request, PersonKey.bsn(first), Money.euros(250), TERMS, "P-77"));
        FunderDeposits.Outcome again =
                as(() -> deposits.depositOne(request, PersonKey.bsn(first), Money.euros(250), TERMS, "P-77"));

        assertThat(done).isEqualTo(new FunderDeposits.Outcome.Deposited(1, Money.euros(250), false));
        assertThat(again).isEqualTo(new FunderDeposits.Outcome.Deposited(1, Money.euros(250), true));
        assertThat(compartmentsOf(firstPerson)).hasSize(1);
        assertThat(as(() -> deposits.depositOne(
                        UUID.randomUUID(), PersonKey.bsn("123456789"), Money.euros(1), TERMS, null)))
                .isEqualTo(new FunderDeposits.Outcome.Refused(FundingRule.BSN_INVALID));
    }

    @Test
    void relationsAreKeptAllOrNothingAndThePersonSeesWhoFundsThem() {
        String bad =
                "bsn;soort;begin;einde\n" + first + ";dienstverband;2020-01-01;\n" + second + ";stagiair;2021-01-01;\n";
        FunderRelations.Upload refused = as(() -> relations.upload(bytes(bad)));
        assertThat(refused.problems())
                .extracting(FileProblem::line, FileProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, FundingRule.RELATION_KIND));
        assertThat(relations.fundersOf(firstPerson, LocalDate.of(2027, 1, 1))).isEmpty();

        String good = "bsn;soort;begin;einde\n" + first + ";dienstverband;2020-01-01;\n" + second
                + ";dienstverband;2021-01-01;2026-12-31\n";
        FunderRelations.Upload kept = as(() -> relations.upload(bytes(good)));
        assertThat(kept).isEqualTo(new FunderRelations.Upload(2, 2, 0, List.of()));
        assertThat(relations.fundersOf(firstPerson, LocalDate.of(2027, 1, 1)))
                .extracting(FunderRelations.FundedBy::funder, FunderRelations.FundedBy::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new AccountId(funder), RelationKind.EMPLOYMENT));
        assertThat(relations.fundersOf(secondPerson, LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(relations.fundersOf(secondPerson, LocalDate.of(2026, 12, 31)))
                .hasSize(1);

        // The same start again sets the end: the first person leaves.
        FunderRelations.Upload ended = as(() ->
                relations.upload(bytes("bsn,soort,begin,einde\n" + first + ",dienstverband,2020-01-01,2026-06-30\n")));
        assertThat(ended).isEqualTo(new FunderRelations.Upload(1, 0, 1, List.of()));
        assertThat(relations.fundersOf(firstPerson, LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(as(() -> relations.mine(1, 10)).total()).isEqualTo(2);
    }

    @Test
    void theUsageReportShowsOnlyTheFundersOwnMoneyPerYear() {
        as(() -> deposits.depositOne(UUID.randomUUID(), PersonKey.bsn(first), Money.euros(100), TERMS, null));
        as(() -> deposits.depositOne(UUID.randomUUID(), PersonKey.bsn(second), Money.euros(40), TERMS, null));

        UsageReport report = as(() -> reports.mine()).orElseThrow();

        assertThat(report.totals().deposited()).isEqualTo(Money.euros(140).cents());
        assertThat(report.totals().compartments()).isEqualTo(2);
        assertThat(report.years()).hasSize(1);
        assertThat(report.years().getFirst().deposited()).isEqualTo(Money.euros(140));
        assertThat(report.years().getFirst().spent()).isEqualTo(Money.ZERO);
        assertThat(report.byProvider()).isEmpty();
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return ActingAs.run(ActingAs.funder(funder), work);
    }

    private List<AccountView> compartmentsOf(PersonId person) {
        return actors
                .asSystem(() -> ledger.learningAccountOf(person))
                .map(LearningAccountView::compartments)
                .orElse(List.of())
                .stream()
                .filter(c -> c.compartment() != null
                        && c.compartment().funder().value().equals(funder))
                .toList();
    }

    private long available(UUID account) {
        return actors.asSystem(() -> ledger.account(new AccountId(account)))
                .orElseThrow()
                .available();
    }

    private void openFunder(UUID id, Money money) {
        Funders.open(ledger, actors, id, "Werkgever " + id, FunderType.EMPLOYER, money);
    }

    private void topUp(UUID id, Money money) {
        CommandResult done = actors.asSystem(() -> ledger.execute(new LedgerCommand(
                CommandId.random(),
                List.of(),
                List.of(new TransferOrder.Move(
                        SystemAccounts.settlement(Unit.EUR),
                        new AccountId(id),
                        money.cents(),
                        TransferCode.TOP_UP,
                        null)))));
        assertThat(done).isInstanceOf(CommandResult.Executed.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

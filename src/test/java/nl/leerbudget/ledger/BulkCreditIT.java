package nl.leerbudget.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.register.Register;
import nl.leerbudget.shared.PersonId;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.SystemActor;
import nl.leerbudget.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bulk path: new compartments for many people at once, on the database the suite runs on (COPY on PostgreSQL). */
@IntegrationTest
class BulkCreditIT {

    private static final CompartmentConditions RECOGNISED = new CompartmentConditions(Set.of(), true, null, Set.of());
    private static final LocalDate UNTIL = LocalDate.of(2070, 1, 31);

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerInvariants invariants;

    LedgerFixture given;
    PersonRegistry people;

    @Autowired
    void fixture(Ledger ledger, Register register, PersonRegistry people) {
        this.given = new LedgerFixture(ledger, register, people);
        this.people = people;
    }

    @BeforeEach
    void asSystem() {
        SystemActor.install();
    }

    @AfterEach
    void clear() {
        SystemActor.clear();
    }

    @Test
    void opensACompartmentPerPersonFilledFromTheFunderAndLearningAccountsForThoseWithout() {
        AccountId state = given.funder(10_000_000);
        PersonId hasAccount = person();
        ledger.openLearningAccount(hasAccount);
        List<BulkCredit.Line> lines = new ArrayList<>();
        lines.add(line(hasAccount, 1_250_000));
        for (int i = 0; i < 2_499; i++) {
            lines.add(line(person(), 100 + i));
        }
        BulkCredit credit = credit(CommandId.random(), state, lines);

        BulkCredit.Result result = ledger.creditInBulk(credit);

        assertThat(result)
                .isEqualTo(new BulkCredit.Result.Credited(credit.command(), 2_500, 2_499, credit.total(), false));
        assertThat(given.account(state).balance()).isEqualTo(10_000_000 - credit.total());
        LearningAccountView account = ledger.learningAccountOf(hasAccount).orElseThrow();
        assertThat(account.compartments()).singleElement().satisfies(compartment -> {
            assertThat(compartment.id()).isEqualTo(lines.getFirst().compartment());
            assertThat(compartment.balance()).isEqualTo(1_250_000);
            assertThat(compartment.name()).isEqualTo("Leerrecht");
            assertThat(compartment.compartment()).isNotNull();
            assertThat(compartment.compartment().conditions().recognisedOnly()).isTrue();
            assertThat(compartment.compartment().validUntil()).isEqualTo(UNTIL);
            assertThat(compartment.compartment().funder()).isEqualTo(state);
        });
        assertThat(ledger.learningAccountOf(lines.getLast().person())
                        .orElseThrow()
                        .compartments()
                        .getFirst()
                        .balance())
                .isEqualTo(100 + 2_498);
        assertThat(ledger.transfer(lines.getLast().transfer()).orElseThrow().code())
                .isEqualTo(TransferCode.DEPOSIT);
        assertThat(invariants.check()).isEmpty();
    }

    @Test
    void theSameCommandAgainIsAReplayAndOtherContentUnderItsIdAConflict() {
        AccountId state = given.funder(1_000_000);
        List<BulkCredit.Line> lines = List.of(line(person(), 40_000));
        BulkCredit credit = credit(CommandId.random(), state, lines);
        ledger.creditInBulk(credit);

        BulkCredit.Result again = ledger.creditInBulk(credit);
        BulkCredit.Result other = ledger.creditInBulk(credit(credit.command(), state, List.of(line(person(), 40_000))));

        assertThat(again)
                .isInstanceOfSatisfying(
                        BulkCredit.Result.Credited.class,
                        c -> assertThat(c.replayed()).isTrue());
        assertThat(other).isInstanceOf(BulkCredit.Result.IdConflict.class);
        assertThat(given.account(state).balance()).isEqualTo(1_000_000 - 40_000);
    }

    @Test
    void aFunderThatCannotPayTheWholeChunkPaysNothing() {
        AccountId state = given.funder(50_000);
        PersonId person = person();
        BulkCredit credit = credit(CommandId.random(), state, List.of(line(person, 30_000), line(person(), 30_000)));

        BulkCredit.Result result = ledger.creditInBulk(credit);

        assertThat(result)
                .isInstanceOfSatisfying(
                        BulkCredit.Result.Rejected.class,
                        r -> assertThat(r.rule()).isEqualTo(LedgerRule.INSUFFICIENT_FUNDS));
        assertThat(given.account(state).balance()).isEqualTo(50_000);
        assertThat(ledger.learningAccountOf(person)).isEmpty();
    }

    private static BulkCredit.Line line(PersonId person, long cents) {
        return new BulkCredit.Line(
                person, AccountId.random(), TransferId.random(), cents, null, UNTIL, "Leerrecht \"regressief\", 2027");
    }

    private static BulkCredit credit(CommandId id, AccountId funder, List<BulkCredit.Line> lines) {
        return new BulkCredit(
                id, funder, TransferCode.DEPOSIT, "Leerrecht", RECOGNISED, ExpiryRule.LAPSE_TO_STATE, lines);
    }

    /** A person the person registry knows: the bulk credit is the batch's path, whose people are known. */
    private PersonId person() {
        return TestPeople.register(people);
    }
}

package nl.leerbudget.funding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import nl.leerbudget.funding.FileProblem;
import nl.leerbudget.funding.FundingRule;
import nl.leerbudget.shared.Money;
import org.junit.jupiter.api.Test;

class DepositFileTest {

    @Test
    void readsASemicolonFileAsADutchSpreadsheetSavesIt() {
        DepositFile file = DepositFile.parse("\uFEFFBSN;Bedrag;Kenmerk\r\n123456782;\u20ac 1.250,50;P-1\r\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).isEqualTo(1);
        DepositFile.Line line = file.lines().getFirst();
        assertThat(line.number()).isEqualTo(2);
        assertThat(line.person()).isEqualTo(PersonKey.bsn("123456782"));
        assertThat(line.amount()).isEqualTo(Money.cents(125_050));
        assertThat(line.reference()).isEqualTo("P-1");
    }

    @Test
    void reportsEveryBadLineWithTheNumberASpreadsheetShows() {
        DepositFile file = DepositFile.parse("bsn,bedrag\n\"1234\n56782\",10\n123456782,-5\n123456782\n123456782,0\n");

        // The quoted field spans two lines: the next record starts on line 4.
        assertThat(file.problems())
                .extracting(FileProblem::line, FileProblem::rule)
                .containsExactly(
                        tuple(4, FundingRule.AMOUNT), tuple(5, FundingRule.FIELD_COUNT), tuple(6, FundingRule.AMOUNT));
        assertThat(file.rows()).isEqualTo(4);
    }

    @Test
    void refusesAHeaderWithoutExactlyOneWayToNameThePerson() {
        assertThat(DepositFile.parse("bedrag\n10\n").problems())
                .extracting(FileProblem::rule)
                .containsExactly(FundingRule.HEADER);
        assertThat(DepositFile.parse("bsn,persoon-id,bedrag\n1,2,3\n").problems())
                .extracting(FileProblem::rule)
                .containsExactly(FundingRule.HEADER);
        assertThat(DepositFile.parse("bsn,bedrag,salaris\n1,2,3\n").problems())
                .extracting(FileProblem::rule)
                .containsExactly(FundingRule.HEADER);
        assertThat(DepositFile.parse("bsn,bedrag\n").problems())
                .extracting(FileProblem::rule)
                .containsExactly(FundingRule.FILE_EMPTY);
    }

    @Test
    void readsAmountsAsPeopleTypeThem() {
        assertThat(Amounts.positive("500")).isEqualTo(Money.euros(500));
        assertThat(Amounts.positive("500,5")).isEqualTo(Money.cents(50_050));
        assertThat(Amounts.positive("1.250,50")).isEqualTo(Money.cents(125_050));
        assertThat(Amounts.positive("1250.50")).isEqualTo(Money.cents(125_050));
        assertThat(Amounts.positive("0")).isNull();
        assertThat(Amounts.positive("-1")).isNull();
        assertThat(Amounts.positive("tien")).isNull();
        assertThat(Amounts.positive("1,234")).isNull();
    }

    @Test
    void aCheckedFileIsWrittenAndReadBackWithoutItsBsns() {
        CheckedFile checked = new CheckedFile(
                java.util.List.of(new CheckedFile.Line(
                        2,
                        new nl.leerbudget.shared.PersonId(java.util.UUID.randomUUID()),
                        Money.euros(5),
                        "tab\there; en \u00e9\u00e9n")),
                java.util.List.of(new FileProblem(3, FundingRule.AMOUNT, "Er staat: \u201cnul\u201d.")),
                Money.euros(5),
                2);

        CheckedFile read = CheckedFile.read(checked.linesText(), checked.problemsText(), 500, 2);

        assertThat(read).isEqualTo(checked);
    }
}

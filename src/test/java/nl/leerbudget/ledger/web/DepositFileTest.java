package nl.leerbudget.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.leerbudget.ledger.ExpiryRule;
import nl.leerbudget.platform.web.FieldViolation;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.junit.jupiter.api.Test;

class DepositFileTest {

    private static final String PERSON = "6f1c2b0e-0001-4000-8000-000000000001";

    @Test
    void readsLinesWithQuotedFieldsAndOptionalColumns() {
        DepositFile file = DepositFile.parse("""
                personId,amount,label,validUntil,expiryRule,offeringTypes,recognisedOnly
                %s,1500.00,"Budget, 2027",2027-12-31,LAPSE_TO_STATE,SHORT_COURSE;MICROCREDENTIAL,true
                %s,250,Taal,,,,
                """.formatted(PERSON, PERSON));

        assertThat(file.violations()).isEmpty();
        assertThat(file.lines()).hasSize(2);
        DepositFile.Line first = file.lines().getFirst();
        assertThat(first.amount()).isEqualTo(Money.euros(1500));
        assertThat(first.label()).isEqualTo("Budget, 2027");
        assertThat(first.validUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(first.expiryRule()).isEqualTo(ExpiryRule.LAPSE_TO_STATE);
        assertThat(first.conditions().offeringTypes())
                .containsExactlyInAnyOrder(OfferingType.SHORT_COURSE, OfferingType.MICROCREDENTIAL);
        assertThat(first.conditions().recognisedOnly()).isTrue();
        assertThat(file.lines().get(1).expiryRule()).isEqualTo(ExpiryRule.RETURN_TO_FUNDER);
    }

    @Test
    void reportsEveryBadLineAndAcceptsNone() {
        DepositFile file = DepositFile.parse("""
                personId,amount,label
                %s,100.00,Goed
                not-a-uuid,-5,
                %s,12.345,Ok
                %s,100
                """.formatted(PERSON, PERSON, PERSON));

        assertThat(file.lines()).isEmpty();
        assertThat(file.violations())
                .extracting(FieldViolation::name)
                .containsExactly(
                        "lines[3].personId", "lines[3].amount", "lines[3].label", "lines[4].amount", "lines[5].line");
    }

    @Test
    void namesMissingAndUnknownColumns() {
        DepositFile file = DepositFile.parse("personId,amount,colour\n");

        assertThat(file.violations())
                .extracting(FieldViolation::reason)
                .containsExactlyInAnyOrder("unknown column 'colour'", "column 'label' is missing");
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThat(DepositFile.parse("personId,amount,label\n\"x,1,y\n").violations())
                .singleElement()
                .satisfies(v -> assertThat(v.name()).isEqualTo("file"));
    }
}

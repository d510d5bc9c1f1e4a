package nl.leerbudget.funding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.leerbudget.funding.RelationEndRule;
import org.junit.jupiter.api.Test;

/** The deposit form reads the conditions on level, occupation and provider and the choice at a relation's end. */
class TermsFormTest {

    @Test
    void readsLevelsOccupationsProvidersAndWhatHappensAtTheEndOfTheRelation() {
        var read = new TermsForm(
                        "Zorgbudget",
                        List.of(),
                        null,
                        "zorg",
                        List.of("3", "4"),
                        " 222; 532 ",
                        "12345678",
                        null,
                        null,
                        "RETURN_TO_FUNDER",
                        "TO_STATE")
                .read();

        assertThat(read).isInstanceOfSatisfying(TermsForm.Read.Valid.class, valid -> {
            assertThat(valid.terms().conditions().levels()).containsExactlyInAnyOrder(3, 4);
            assertThat(valid.terms().conditions().occupations()).containsExactlyInAnyOrder("222", "532");
            assertThat(valid.terms().conditions().providers()).containsExactly("12345678");
            assertThat(valid.terms().onRelationEnd()).isEqualTo(RelationEndRule.TO_STATE);
        });
    }

    @Test
    void withoutAChoiceThePersonKeepsTheMoneyAndNothingIsLimited() {
        var read = new TermsForm("Budget", null, null, null, null, "", "", null, null, null, null).read();

        assertThat(read).isInstanceOfSatisfying(TermsForm.Read.Valid.class, valid -> {
            assertThat(valid.terms().conditions().limitsLevelOccupationOrProvider())
                    .isFalse();
            assertThat(valid.terms().onRelationEnd()).isEqualTo(RelationEndRule.PERSON_KEEPS);
        });
    }

    @Test
    void saysInDutchWhatToCorrectForEachWrongField() {
        var read = new TermsForm("Budget", null, null, null, List.of("9"), "zorg", "1234", null, null, null, "NOOIT")
                .read();

        assertThat(read)
                .isInstanceOfSatisfying(
                        TermsForm.Read.Invalid.class,
                        invalid -> assertThat(invalid.messages())
                                .containsExactly(
                                        "Kies de niveaus uit de lijst (1 tot en met 8).",
                                        "Schrijf beroepen als ISCO-codes van 1 tot 4 cijfers, gescheiden door komma's, zoals"
                                                + " '2221, 3221'.",
                                        "Schrijf opleiders als KvK-nummers van 8 cijfers, gescheiden door komma's, zoals"
                                                + " '12345678'.",
                                        "Kies wat er met het geld gebeurt als iemand niet meer bij u werkt of lid is."));
    }
}

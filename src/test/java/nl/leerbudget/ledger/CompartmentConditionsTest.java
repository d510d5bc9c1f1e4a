package nl.leerbudget.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * What a funder's conditions let its money pay for, as worked examples: the offering types (L24), recognised only
 * (L25), sectors (L26), levels (L27), the occupations the training leads to (L28) and the providers (L29), the first
 * rule broken answering.
 */
class CompartmentConditionsTest {

    private static final AccountId PROVIDER = AccountId.derived("provider");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/ledger/condition-examples.csv", numLinesToSkip = 1, delimiter = '|')
    void conditionsPayForWhatTheFunderAllowsAndNameTheFirstRuleBroken(
            String example,
            @Nullable String types,
            @Nullable Boolean recognisedOnly,
            @Nullable String sectors,
            @Nullable String levels,
            @Nullable String occupations,
            @Nullable String providers,
            OfferingType offeringType,
            boolean recognised,
            @Nullable String offeringSectors,
            @Nullable Integer level,
            @Nullable String leadsTo,
            @Nullable String providerKvk,
            String outcome) {
        var conditions = new CompartmentConditions(
                split(types).stream().map(OfferingType::valueOf).collect(Collectors.toSet()),
                recognisedOnly != null && recognisedOnly,
                null,
                split(sectors),
                split(levels).stream().map(Integer::valueOf).collect(Collectors.toSet()),
                split(occupations),
                split(providers));
        var purpose = new Purpose(
                "offering",
                PROVIDER,
                offeringType,
                recognised,
                split(offeringSectors),
                level,
                split(leadsTo),
                providerKvk);

        assertThat(conditions.refusal(purpose).map(LedgerRule::id).orElse("pays"))
                .as(example)
                .isEqualTo(outcome);
    }

    @Test
    void refusesCodesThatAreNotLevelsIscoCodesOrKvkNumbers() {
        assertThatThrownBy(
                        () -> new CompartmentConditions(Set.of(), false, null, Set.of(), Set.of(9), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new CompartmentConditions(Set.of(), false, null, Set.of(), Set.of(), Set.of("22210"), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new CompartmentConditions(Set.of(), false, null, Set.of(), Set.of(), Set.of(), Set.of("1234")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conditionsWithoutLevelOccupationOrProviderSayTheyHaveNone() {
        assertThat(CompartmentConditions.NONE.limitsLevelOccupationOrProvider()).isFalse();
        assertThat(new CompartmentConditions(Set.of(), false, null, Set.of(), Set.of(4), Set.of(), Set.of())
                        .limitsLevelOccupationOrProvider())
                .isTrue();
    }

    private static Set<String> split(@Nullable String codes) {
        if (codes == null || codes.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(codes.split(",")).map(String::strip).collect(Collectors.toSet());
    }
}

package nl.leerbudget.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999991000", "999991012", "111222333", "123456782", "10000021" /* eight digits */})
    void acceptsNumbersThatPassTheElevenTest(String number) {
        assertThat(Bsn.of(number).digits()).hasSize(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999991001", "123456789", "000000000", "12345678a", "1234567890", "", "12 345 678"})
    void refusesNumbersThatFailTheElevenTestOrAreNotNineDigits(String number) {
        assertThatThrownBy(() -> Bsn.of(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsItselfInFull() {
        assertThat(Bsn.of("999991000").toString()).doesNotContain("999991000").endsWith("000");
    }

    @Test
    void theVaultFindsTheSameNumberAgainAndDecryptsWhatItEncrypted() {
        BsnVault vault = new BsnVault(
                Base64.getDecoder().decode("ZGV2ZWxvcG1lbnQtb25seS1ic24ta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE="));
        Bsn bsn = Bsn.of("999991000");

        String sealed = vault.encrypt(bsn);

        assertThat(vault.lookup(bsn))
                .isEqualTo(vault.lookup(Bsn.of("999991000")))
                .doesNotContain("999991000");
        assertThat(vault.lookup(bsn)).isNotEqualTo(vault.lookup(Bsn.of("999991012")));
        assertThat(sealed).doesNotContain("999991000").isNotEqualTo(vault.encrypt(bsn));
        assertThat(vault.decrypt(sealed)).isEqualTo(bsn);
    }

    @Test
    void aDifferentKeyCannotReadOrFindTheNumber() {
        BsnVault ours = new BsnVault(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        BsnVault theirs = new BsnVault(other);
        Bsn bsn = Bsn.of("999991000");

        assertThat(theirs.lookup(bsn)).isNotEqualTo(ours.lookup(bsn));
        assertThatThrownBy(() -> theirs.decrypt(ours.encrypt(bsn))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pairwiseSubjectsDifferPerSectorAndStayStable() {
        Pseudonyms pseudonyms = new Pseudonyms(new byte[32]);

        assertThat(pseudonyms.pairwise("leerbudget", "fatima")).isEqualTo(pseudonyms.pairwise("leerbudget", "fatima"));
        assertThat(pseudonyms.pairwise("leerbudget", "fatima")).isNotEqualTo(pseudonyms.pairwise("other", "fatima"));
        assertThat(pseudonyms.pairwise("leerbudget", "fatima")).doesNotContain("fatima");
    }
}

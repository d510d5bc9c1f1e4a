package nl.leerbudget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdentityConfigurationTest {

    private static final String OWN_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static IdentityProperties properties(boolean production, boolean devIdp, String key) {
        return new IdentityProperties(key, key, devIdp, "https://issuer.example", "leerbudget", null, 120, production);
    }

    @Test
    void productionRefusesToStartWithDevelopmentConveniences() {
        var configuration = new IdentityConfiguration();

        assertThatThrownBy(() -> configuration.bsnVault(properties(true, true, OWN_KEY), false))
                .hasMessageContaining("development identity provider");
        assertThatThrownBy(() -> configuration.bsnVault(properties(true, false, OWN_KEY), true))
                .hasMessageContaining("demo data");
        assertThatThrownBy(() ->
                        configuration.bsnVault(properties(true, false, IdentityProperties.DEVELOPMENT_BSN_KEY), false))
                .hasMessageContaining("development keys");
    }

    @Test
    void productionStartsWithItsOwnKeysAndAnExternalProvider() {
        assertThat(new IdentityConfiguration().bsnVault(properties(true, false, OWN_KEY), false))
                .isNotNull();
    }

    @Test
    void refusesKeysThatAreTooShortAndALimitBelowOne() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> properties(false, true, shortKey)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdentityProperties(OWN_KEY, OWN_KEY, true, "x", "s", null, 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

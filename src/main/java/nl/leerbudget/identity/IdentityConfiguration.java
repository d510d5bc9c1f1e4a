package nl.leerbudget.identity;

import java.util.ArrayList;
import java.util.List;
import nl.leerbudget.identity.domain.BsnVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    /**
     * The one vault for BSNs. In production it refuses to start with the development conveniences on: the built-in
     * identity provider (whose demo passwords are public), demo data, or the public development keys.
     */
    @Bean
    BsnVault bsnVault(IdentityProperties properties, @Value("${leerbudget.demo-data:false}") boolean demoData) {
        if (properties.production()) {
            List<String> unsafe = new ArrayList<>();
            if (properties.devIdp()) {
                unsafe.add("the development identity provider (LEERBUDGET_DEV_IDP=false)");
            }
            if (demoData) {
                unsafe.add("demo data (LEERBUDGET_DEMO_DATA=false)");
            }
            if (properties.usesDevelopmentKeys()) {
                unsafe.add("the development keys (set LEERBUDGET_BSN_KEY and LEERBUDGET_PSEUDONYM_KEY)");
            }
            if (!unsafe.isEmpty()) {
                throw new IllegalStateException(
                        "LEERBUDGET_PRODUCTION=true, but these are on: " + String.join("; ", unsafe));
            }
        }
        return new BsnVault(properties.bsnKeyBytes());
    }
}

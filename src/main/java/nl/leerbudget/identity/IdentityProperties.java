package nl.leerbudget.identity;

import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys and switches of the identity module.
 *
 * @param bsnKey base64 master key (at least 256 bits) for the BSN vault; production sets LEERBUDGET_BSN_KEY
 * @param pseudonymKey base64 key for pairwise subject identifiers issued by the development identity provider
 * @param devIdp whether the built-in development identity provider runs (embedded default: yes)
 * @param devIssuer the issuer the development identity provider puts in its tokens
 * @param sector the sector identifier this relying party has at the identity provider (pairwise subjects)
 * @param baseUrl the public base URL of the application; null: http://localhost with the server's port
 * @param writesPerMinute state-changing API requests a user may make per minute
 * @param production whether this is a production deployment, where development conveniences must be off
 */
@ConfigurationProperties("leerbudget.identity")
public record IdentityProperties(
        String bsnKey,
        String pseudonymKey,
        boolean devIdp,
        String devIssuer,
        String sector,
        @Nullable String baseUrl,
        int writesPerMinute,
        boolean production) {

    /** The development keys in application.yml: public, so never acceptable in production. */
    static final String DEVELOPMENT_BSN_KEY = "ZGV2ZWxvcG1lbnQtb25seS1ic24ta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE=";

    static final String DEVELOPMENT_PSEUDONYM_KEY = "ZGV2ZWxvcG1lbnQtb25seS1wc2V1ZG9ueW0ta2V5LW5vdC1mb3ItcHJvZA==";

    public IdentityProperties {
        if (bsnKey == null || Base64.getDecoder().decode(bsnKey).length < 32) {
            throw new IllegalArgumentException("leerbudget.identity.bsn-key must be a base64 key of at least 256 bits");
        }
        if (pseudonymKey == null || Base64.getDecoder().decode(pseudonymKey).length < 32) {
            throw new IllegalArgumentException(
                    "leerbudget.identity.pseudonym-key must be a base64 key of at least 256 bits");
        }
        if (devIssuer == null || devIssuer.isBlank() || sector == null || sector.isBlank()) {
            throw new IllegalArgumentException("leerbudget.identity.dev-issuer and sector must be set");
        }
        if (writesPerMinute < 1) {
            throw new IllegalArgumentException("leerbudget.identity.writes-per-minute must be at least 1");
        }
    }

    /** Whether the public development keys are in use. */
    public boolean usesDevelopmentKeys() {
        return DEVELOPMENT_BSN_KEY.equals(bsnKey) || DEVELOPMENT_PSEUDONYM_KEY.equals(pseudonymKey);
    }

    public byte[] bsnKeyBytes() {
        return Base64.getDecoder().decode(bsnKey);
    }

    public byte[] pseudonymKeyBytes() {
        return Base64.getDecoder().decode(pseudonymKey);
    }
}

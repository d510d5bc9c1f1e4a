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
 */
@ConfigurationProperties("leerbudget.identity")
public record IdentityProperties(
        String bsnKey,
        String pseudonymKey,
        boolean devIdp,
        String devIssuer,
        String sector,
        @Nullable String baseUrl,
        int writesPerMinute) {

    public byte[] bsnKeyBytes() {
        return Base64.getDecoder().decode(bsnKey);
    }

    public byte[] pseudonymKeyBytes() {
        return Base64.getDecoder().decode(pseudonymKey);
    }
}

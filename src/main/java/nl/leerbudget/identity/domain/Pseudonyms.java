package nl.leerbudget.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pairwise subject identifiers (OpenID Connect Core 8.1, required by the NL GOV assurance profile): the same user
 * gets a different, unlinkable subject at every sector (relying party), derived with a keyed hash.
 */
public final class Pseudonyms {

    private final SecretKeySpec key;

    public Pseudonyms(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String pairwise(String sector, String localId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((sector + "|" + localId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }
}

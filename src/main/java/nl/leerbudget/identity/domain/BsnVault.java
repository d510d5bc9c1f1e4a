package nl.leerbudget.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps BSNs unreadable at rest: a keyed hash (HMAC-SHA-256) to find a person by BSN, and AES-GCM encryption for the
 * rare case the number must be handed on. Two keys are derived from one master key so that the hash key and the
 * encryption key differ.
 */
public final class BsnVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec macKey;
    private final SecretKeySpec encryptionKey;
    private final SecureRandom random = new SecureRandom();

    public BsnVault(byte[] masterKey) {
        if (masterKey.length < 32) {
            throw new IllegalArgumentException("the BSN master key must have at least 256 bits");
        }
        this.macKey = new SecretKeySpec(derive(masterKey, "lookup"), "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "encryption"), "AES");
    }

    public String lookup(Bsn bsn) {
        return HexFormat.of().formatHex(mac(macKey, bsn.digits()));
    }

    public String encrypt(Bsn bsn) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(bsn.digits().getBytes(StandardCharsets.US_ASCII));
            byte[] all = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(sealed, 0, all, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    public Bsn decrypt(String encrypted) {
        try {
            byte[] all = Base64.getDecoder().decode(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return Bsn.of(new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the BSN could not be decrypted with this key", e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        return mac(new SecretKeySpec(master, "HmacSHA256"), "leerbudget/bsn/" + purpose);
    }

    private static byte[] mac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }
}

package org.symbolon.sts.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** SHA-256 and the opaque 256-bit values (codes, refresh tokens) stored only as their digest. */
final class Digests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Digests() {
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored form of a code or refresh token: base64url(SHA-256), 43 characters. */
    static String hashOf(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(value));
    }

    /**
     * True when the value has the shape of our codes and refresh tokens (43 base64url characters), so
     * that anything else (a JWT, garbage) is answered without a database lookup.
     */
    static boolean couldBeOurs(String value) {
        if (value == null || value.length() != 43) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static String randomValue() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}

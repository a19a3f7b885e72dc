package org.symbolon.sts.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random session values and the one-way form in which they are stored. */
public final class SessionSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private SessionSecrets() {
    }

    /** 256 random bits, base64url: cookie values and login tickets. */
    public static String newSecret() {
        return random(32);
    }

    /** 128 random bits, base64url: public session ids. */
    public static String newId() {
        return random(16);
    }

    /** SHA-256, base64url: what the database keeps of a secret, so its rows cannot be replayed as cookies. */
    public static String hash(String secret) {
        try {
            return B64.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the value could be one of ours; anything else is not looked up at all. */
    public static boolean wellFormed(String value) {
        return value != null && value.length() == 43 && value.chars().allMatch(SessionSecrets::base64Url);
    }

    private static boolean base64Url(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return B64.encodeToString(value);
    }
}

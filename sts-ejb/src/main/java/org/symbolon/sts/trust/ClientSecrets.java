package org.symbolon.sts.trust;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Client secrets: 256 random bits, shown once, stored as a SHA-256 digest. A slow KDF adds nothing
 * for secrets of full entropy and would put a password hash on every token request.
 */
public final class ClientSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "sha256$";

    private ClientSecrets() {
    }

    public static String generate() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public static String hash(String secret) {
        return PREFIX + Base64.getEncoder().encodeToString(digest(secret));
    }

    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null || !storedHash.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(storedHash.substring(PREFIX.length()));
        return MessageDigest.isEqual(digest(presented), expected);
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

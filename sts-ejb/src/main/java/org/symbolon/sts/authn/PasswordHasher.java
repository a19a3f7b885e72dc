package org.symbolon.sts.authn;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes as {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}. The iteration
 * count travels with each hash, so raising the default later leaves existing hashes verifiable.
 * Not final, so that tests can count how many hashes a sign-in computes.
 */
public class PasswordHasher {

    /** OWASP's 2023 minimum for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    // stored values beyond these are refused rather than allowed to stall the server
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int MAX_HASH_BYTES = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    public PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        if (password == null) {
            throw new IllegalArgumentException("password is required");
        }
        byte[] salt = randomBytes(SALT_BYTES);
        return format(iterations, salt, derive(password, salt, iterations, HASH_BYTES));
    }

    /** True only if the password matches; a malformed stored value never matches. */
    public boolean verify(char[] password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (password == null || parsed == null) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt(), parsed.iterations(), parsed.hash().length);
        return MessageDigest.isEqual(actual, parsed.hash());
    }

    /** True when the stored hash is weaker than what this hasher would write today. */
    public boolean needsRehash(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null || parsed.iterations() < iterations || parsed.hash().length < HASH_BYTES;
    }

    /**
     * A well-formed hash that no password matches. Verifying against it costs what a real check
     * costs, which keeps unknown usernames indistinguishable by response time.
     */
    public String decoyHash() {
        return format(iterations, randomBytes(SALT_BYTES), randomBytes(HASH_BYTES));
    }

    private static byte[] derive(char[] password, byte[] salt, int rounds, int length) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, length * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String format(int rounds, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + rounds + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {

        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$", -1);
            if (parts.length != 4 || !SCHEME.equals(parts[0])) {
                return null;
            }
            try {
                int rounds = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] hash = Base64.getDecoder().decode(parts[3]);
                boolean sane = rounds >= 1 && rounds <= MAX_ITERATIONS && salt.length > 0 && hash.length > 0
                        && hash.length <= MAX_HASH_BYTES;
                return sane ? new Parsed(rounds, salt, hash) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}

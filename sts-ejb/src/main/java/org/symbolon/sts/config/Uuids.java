package org.symbolon.sts.config;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * UUIDs (RFC 9562) from a DRBG per thread: {@code UUID.randomUUID()} draws from one shared NativePRNG
 * whose lock every request thread would queue on.
 */
public final class Uuids {

    private static final HexFormat HEX = HexFormat.of();

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Uuids::drbg);

    private Uuids() {
    }

    /** Version 4: 122 random bits. Token ids, where nothing may be guessed from the id. */
    public static String random() {
        ByteBuffer bits = randomBytes(RANDOM.get(), 16);
        long high = (bits.getLong() & ~0xf000L) | 0x4000L;
        return new UUID(high, variant(bits.getLong())).toString();
    }

    /**
     * Version 7: the Unix time in milliseconds in the first 48 bits, then 74 random bits. Ids made
     * one after another sort one after another, so a table keyed by them (the audit trail) grows at
     * the right edge of its primary-key index instead of rewriting a random index page per row.
     */
    public static String timeOrdered() {
        return timeOrdered(System.currentTimeMillis(), RANDOM.get());
    }

    static String timeOrdered(long unixMillis, SecureRandom random) {
        ByteBuffer bits = randomBytes(random, 10);
        long high = (unixMillis << 16) | 0x7000L | (bits.getShort() & 0x0fffL);
        return new UUID(high, variant(bits.getLong())).toString();
    }

    /**
     * The Unix time in milliseconds as 12 hex digits, then {@code randomBytes} random bytes in hex:
     * ids that sort by the time they were made, for keys that must stay unguessable beyond a UUID's
     * 122 bits (SAML assertion IDs take 160).
     */
    public static String timeOrderedHex(int randomBytes) {
        return timeOrderedHex(System.currentTimeMillis(), randomBytes, RANDOM.get());
    }

    static String timeOrderedHex(long unixMillis, int randomBytes, SecureRandom random) {
        return HEX.toHexDigits(unixMillis).substring(4) + HEX.formatHex(randomBytes(random, randomBytes).array());
    }

    /** One draw from the generator per id: each call into a DRBG costs a generate step of its own. */
    private static ByteBuffer randomBytes(SecureRandom random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return ByteBuffer.wrap(bytes);
    }

    private static long variant(long low) {
        return (low & 0x3fffffffffffffffL) | 0x8000000000000000L;
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}

package org.symbolon.sts.token;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Token ids: random (version 4) UUIDs, 122 random bits, from a DRBG per thread. {@code UUID.randomUUID()}
 * draws from one shared NativePRNG whose lock every request thread would queue on.
 */
final class TokenIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(TokenIds::drbg);

    private TokenIds() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}

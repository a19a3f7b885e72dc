package org.symbolon.sts.authn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import org.symbolon.sts.config.UtcClock;

/**
 * Accepts each client assertion once, on every node and across restarts: a replay seen here is
 * refused from memory, any other id is recorded in the shared database before it is accepted.
 */
@ApplicationScoped
public class AssertionReplayCache {

    private static final long PURGE_EVERY_MILLIS = 3_600_000;

    @Inject
    UsedAssertionStore store;

    private final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();
    private volatile long lastPurge = System.currentTimeMillis();

    /** @return true when this (issuer, jti) is new; false when it was used before. */
    public boolean firstUse(String issuer, String jti, long expiresAtMillis) {
        long now = System.currentTimeMillis();
        String id = digest(issuer + "\u0000" + jti);
        if (seen.putIfAbsent(id, expiresAtMillis) != null) {
            return false;
        }
        if (now - lastPurge > PURGE_EVERY_MILLIS) {
            lastPurge = now;
            seen.values().removeIf(expiry -> expiry < now);
            store.deleteExpired(UtcClock.now());
        }
        return store.recordFirstUse(id, UtcClock.of(Instant.ofEpochMilli(expiresAtMillis)));
    }

    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

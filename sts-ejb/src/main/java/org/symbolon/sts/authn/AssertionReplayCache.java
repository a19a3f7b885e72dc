package org.symbolon.sts.authn;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers client assertion ids until they expire, so each assertion is accepted once. */
@ApplicationScoped
public class AssertionReplayCache {

    private final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();

    /** @return true when this (issuer, jti) is new; false when it was used before. */
    public boolean firstUse(String issuer, String jti, long expiresAtMillis) {
        long now = System.currentTimeMillis();
        if (seen.size() > 10_000) {
            seen.values().removeIf(expiry -> expiry < now);
        }
        return seen.putIfAbsent(issuer + "\u0000" + jti, expiresAtMillis) == null;
    }
}

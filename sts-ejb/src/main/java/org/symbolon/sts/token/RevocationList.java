package org.symbolon.sts.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revoked token ids that have not yet expired, in memory: the exception list every
 * validation consults. Filled from the database at start and kept in step by {@link RevocationSync}.
 */
@ApplicationScoped
public class RevocationList {

    private final ConcurrentHashMap<String, Long> revoked = new ConcurrentHashMap<>();

    public boolean isRevoked(String jti) {
        return jti != null && revoked.containsKey(jti);
    }

    public void add(String jti, long expiresAtMillis) {
        revoked.put(jti, expiresAtMillis);
    }

    public void forgetExpired(long nowMillis) {
        revoked.values().removeIf(expiry -> expiry < nowMillis);
    }

    public int size() {
        return revoked.size();
    }
}

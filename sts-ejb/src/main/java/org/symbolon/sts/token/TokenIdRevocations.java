package org.symbolon.sts.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.symbolon.sts.config.UtcClock;

/**
 * Revokes tokens we issued by their id, when the token string itself is gone (the access tokens
 * of a replayed code or of a revoked refresh token family). Durable first, then in memory.
 */
@ApplicationScoped
public class TokenIdRevocations {

    @Inject
    RevocationRepository repository;

    @Inject
    RevocationList list;

    public void revoke(String jti, String clientId, LocalDateTime expiresAt) {
        if (expiresAt.isBefore(UtcClock.now())) {
            return;
        }
        repository.insertIfAbsent(new RevokedToken(jti, clientId, expiresAt, UtcClock.now()));
        list.add(jti, UtcClock.toInstant(expiresAt).toEpochMilli());
    }
}

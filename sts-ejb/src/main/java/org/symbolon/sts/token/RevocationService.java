package org.symbolon.sts.token;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.Client;

/**
 * RFC 7009 revocation. Durable first (the database row is committed before the answer), then
 * effective on this node at once and on the others at their next sync.
 */
@Stateless
public class RevocationService {

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    RevocationRepository repository;

    @Inject
    RevocationList list;

    /** Unknown, malformed or expired tokens need no revocation: RFC 7009 answers 200 all the same. */
    public void revoke(String token, Client caller) {
        Optional<VerifiedToken> verified = verifier.signedByUs(token);
        if (verified.isEmpty()) {
            return;
        }
        VerifiedToken t = verified.get();
        if (!caller.clientId().equals(t.clientId())) {
            throw StsException.unauthorizedClient("The token was not issued to this client");
        }
        repository.insertIfAbsent(new RevokedToken(t.jti(), t.clientId(),
                UtcClock.of(Instant.ofEpochMilli(t.expiresAtMillis())), UtcClock.now()));
        list.add(t.jti(), t.expiresAtMillis());
    }
}

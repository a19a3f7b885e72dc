package org.symbolon.sts.token;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.oidc.RefreshTokens;
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

    @Inject
    IssuedAssertions assertions;

    @Inject
    RefreshTokens refreshTokens;

    private void revokeAssertion(AssertionRecord assertion, Client caller) {
        if (!caller.clientId().equals(assertion.clientId())) {
            throw StsException.unauthorizedClient("The token was not issued to this client");
        }
        repository.insertIfAbsent(new RevokedToken(assertion.id(), assertion.clientId(), assertion.expiresAt(),
                UtcClock.now()));
        list.add(assertion.id(), UtcClock.toInstant(assertion.expiresAt()).toEpochMilli());
    }

    /** Unknown, malformed or expired tokens need no revocation: RFC 7009 answers 200 all the same. */
    public void revoke(String token, Client caller) {
        Optional<VerifiedToken> verified = verifier.signedByUs(token);
        if (verified.isEmpty()) {
            if (!refreshTokens.revoke(token, caller)) {
                assertions.find(token).ifPresent(assertion -> revokeAssertion(assertion, caller));
            }
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

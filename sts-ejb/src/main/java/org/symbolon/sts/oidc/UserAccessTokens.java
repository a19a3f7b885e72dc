package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.token.TokenIdRevocations;

/**
 * Keeps each access token of the authorization_code and refresh_token grants by user and session,
 * so that a disabled or deleted user's tokens, and a logged-out session's, are revoked by id: the
 * subject-wide cut-off cannot find a pairwise {@code sub}, and a code redeemed without a refresh
 * token leaves no family to revoke.
 */
@ApplicationScoped
public class UserAccessTokens {

    private static final long PURGE_EVERY_MILLIS = 3_600_000;

    @Inject
    UserAccessTokenRepository repository;

    @Inject
    TokenIdRevocations revocations;

    private volatile long lastPurge = System.currentTimeMillis();

    public void record(UserGrant grant, IssuedAccessToken token) {
        purgeHourly();
        repository.insert(new UserAccessToken(token.jti(), grant.userId(), grant.sessionId(), grant.clientId(),
                token.expiresAt()));
    }

    /** Revokes every access token the user still holds. */
    public void revokeUser(String userId) {
        revokeAll(repository.liveOfUser(userId, UtcClock.now()));
    }

    /** Revokes every access token granted in the session that has not expired yet. */
    public void revokeSession(String sessionId) {
        revokeAll(repository.liveOfSession(sessionId, UtcClock.now()));
    }

    private void revokeAll(List<UserAccessToken> tokens) {
        for (UserAccessToken token : tokens) {
            revocations.revoke(token.jti(), token.clientId(), token.expiresAt());
        }
    }

    private void purgeHourly() {
        long now = System.currentTimeMillis();
        if (now - lastPurge > PURGE_EVERY_MILLIS) {
            lastPurge = now;
            repository.deleteExpired(UtcClock.now());
        }
    }
}

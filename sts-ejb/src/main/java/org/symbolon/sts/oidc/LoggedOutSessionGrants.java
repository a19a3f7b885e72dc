package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.symbolon.sts.session.SessionEnded;

/**
 * A user who logs out ends what the session granted: its refresh token families and every access
 * token issued in it, with or without a refresh token. A session that merely expired leaves them to
 * their own expiry, as a refresh token outlives the session that granted it.
 */
@ApplicationScoped
public class LoggedOutSessionGrants {

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    UserAccessTokens accessTokens;

    void onSessionEnded(@Observes SessionEnded ended) {
        if (ended.byLogout()) {
            refreshTokens.revokeSession(ended.sessionId());
            accessTokens.revokeSession(ended.sessionId());
        }
    }
}

package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.symbolon.sts.session.SessionEnded;

/**
 * A user who logs out ends what the session granted: its refresh token families and the access
 * tokens issued from them. A session that merely expired leaves them to their own expiry.
 */
@ApplicationScoped
public class LoggedOutSessionGrants {

    @Inject
    RefreshTokens refreshTokens;

    void onSessionEnded(@Observes SessionEnded ended) {
        if (ended.byLogout()) {
            refreshTokens.revokeSession(ended.sessionId());
        }
    }
}

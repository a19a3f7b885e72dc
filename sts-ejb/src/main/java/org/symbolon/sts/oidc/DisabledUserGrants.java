package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.symbolon.sts.users.UserDisabled;

/** A disabled user keeps nothing: refresh token families and the access tokens issued from them are revoked. */
@ApplicationScoped
public class DisabledUserGrants {

    @Inject
    RefreshTokens refreshTokens;

    void onUserDisabled(@Observes UserDisabled event) {
        refreshTokens.revokeUser(event.userId());
    }
}

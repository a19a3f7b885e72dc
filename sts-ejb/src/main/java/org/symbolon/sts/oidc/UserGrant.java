package org.symbolon.sts.oidc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a user granted a client through one authorization: who, in which session, how they signed
 * in, the scopes granted and the user's claims as they were when the code was issued. A code and
 * the refresh token family redeemed from it carry the same grant.
 */
public record UserGrant(
        String clientId,
        String userId,
        String sessionId,
        Set<String> scopes,
        Instant authTime,
        List<String> amr,
        String acr,
        Map<String, Object> userClaims) {

    public UserGrant {
        scopes = Set.copyOf(scopes);
        amr = List.copyOf(amr);
        userClaims = Map.copyOf(userClaims);
    }

    public boolean openid() {
        return scopes.contains(OidcScopes.OPENID);
    }

    /** The same grant with fewer scopes (a refresh that narrows them). */
    public UserGrant withScopes(Set<String> narrowed) {
        return new UserGrant(clientId, userId, sessionId, narrowed, authTime, amr, acr, userClaims);
    }
}

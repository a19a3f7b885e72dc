package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.VerifiedToken;

/**
 * The UserInfo response (OIDC Core section 5.3): the claims of the scopes the access token carries,
 * read from the user directory now, for the subject the client knows.
 */
@ApplicationScoped
public class UserInfo {

    @Inject
    AuthorizationCodeRepository codes;

    @Inject
    RefreshTokenRepository refreshTokens;

    @Inject
    UserClaimsSource users;

    public Map<String, Object> claims(VerifiedToken token) {
        if (!token.scopes().contains(OidcScopes.OPENID)) {
            throw StsException.insufficientScope("The access token was not granted the openid scope");
        }
        UserGrant grant = codes.grantOfAccessToken(token.jti())
                .or(() -> refreshTokens.grantOfAccessToken(token.jti()))
                .orElseThrow(() -> StsException.invalidToken("The access token was not issued for a user"));
        Map<String, Object> user = users.claimsOf(grant.userId())
                .orElseThrow(() -> StsException.invalidToken("The user is no longer active"));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", token.claims().getSubject());
        claims.putAll(ScopeClaims.released(token.scopes(), user));
        return claims;
    }
}

package org.symbolon.sts.token.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.symbolon.sts.oidc.RefreshFamily;
import org.symbolon.sts.oidc.RefreshTokens;
import org.symbolon.sts.oidc.UserGrant;
import org.symbolon.sts.oidc.UserTokenSet;
import org.symbolon.sts.oidc.UserTokens;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.GrantTypes;

/**
 * RFC 6749 section 6 with rotation: the presented refresh token is used up and the next one of its
 * family comes with the new access token. Scope may be narrowed, never widened past the grant.
 */
@ApplicationScoped
public class RefreshTokenGrant implements GrantHandler {

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    UserTokens tokens;

    @Override
    public String grantType() {
        return GrantTypes.REFRESH_TOKEN;
    }

    @Override
    public TokenResponse handle(Client client, TokenRequest request) {
        String presented = request.required("refresh_token");
        Set<String> scopes = requestedScopes(request.optional("scope"));
        RefreshFamily family = refreshTokens.use(client, presented, scopes);
        UserGrant grant = scopes == null ? family.grant() : family.grant().withScopes(scopes);
        UserTokenSet issued = tokens.issue(client, grant, null);
        String next = refreshTokens.next(family, issued.accessTokenId());
        return new TokenResponse(issued.accessToken().value(), "Bearer", issued.accessToken().expiresIn(),
                String.join(" ", grant.scopes()), null, next, issued.idToken());
    }

    private static Set<String> requestedScopes(String scope) {
        return scope == null || scope.isBlank() ? null : new LinkedHashSet<>(Arrays.asList(scope.trim().split(" +")));
    }
}

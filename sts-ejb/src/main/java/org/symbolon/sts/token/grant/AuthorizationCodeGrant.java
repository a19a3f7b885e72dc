package org.symbolon.sts.token.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.symbolon.sts.oidc.AuthorizationCodes;
import org.symbolon.sts.oidc.RedeemedCode;
import org.symbolon.sts.oidc.RefreshTokens;
import org.symbolon.sts.oidc.UserTokenSet;
import org.symbolon.sts.oidc.UserTokens;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.GrantTypes;

/**
 * RFC 6749 section 4.1.3 with PKCE (RFC 7636): a code becomes the user's access token, an ID token
 * when {@code openid} was granted, and a refresh token when the client may refresh.
 */
@ApplicationScoped
public class AuthorizationCodeGrant implements GrantHandler {

    @Inject
    AuthorizationCodes codes;

    @Inject
    UserTokens tokens;

    @Inject
    RefreshTokens refreshTokens;

    @Override
    public String grantType() {
        return GrantTypes.AUTHORIZATION_CODE;
    }

    @Override
    public TokenResponse handle(Client client, TokenRequest request) {
        RedeemedCode code = codes.redeem(client, request.required("code"), request.required("redirect_uri"),
                request.optional("code_verifier"));
        UserTokenSet issued = tokens.issue(client, code.grant(), code.nonce());
        String refreshToken = client.allowsGrant(GrantTypes.REFRESH_TOKEN)
                ? refreshTokens.startFamily(client, code.codeHash(), code.grant(), issued.accessTokenId()) : null;
        codes.recordAccessToken(code, issued.accessTokenId());
        return new TokenResponse(issued.accessToken().value(), "Bearer", issued.accessToken().expiresIn(),
                String.join(" ", code.grant().scopes()), null, refreshToken, issued.idToken());
    }
}

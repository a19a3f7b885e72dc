package org.symbolon.sts.token.grant;

/**
 * The successful token response of RFC 6749 section 5.1 (issued_token_type for RFC 8693), with the
 * refresh token and the OpenID Connect ID token of the browser-flow grants.
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String scope,
        String issuedTokenType, String refreshToken, String idToken) {

    public TokenResponse(String accessToken, String tokenType, long expiresIn, String scope, String issuedTokenType) {
        this(accessToken, tokenType, expiresIn, scope, issuedTokenType, null, null);
    }
}

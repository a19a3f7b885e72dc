package org.symbolon.sts.token.grant;

/** The successful token response of RFC 6749 section 5.1 (issued_token_type for RFC 8693). */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String scope,
        String issuedTokenType) {
}

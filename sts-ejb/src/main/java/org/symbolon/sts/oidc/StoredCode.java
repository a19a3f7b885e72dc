package org.symbolon.sts.oidc;

import java.time.LocalDateTime;

/**
 * An authorization code as stored: only the digest of the code itself.
 *
 * @param usedAt when it was redeemed, null while unused
 * @param accessToken the access token issued from it, null until one was
 */
public record StoredCode(String codeHash, UserGrant grant, String redirectUri, String nonce, String codeChallenge,
        LocalDateTime expiresAt, LocalDateTime usedAt, IssuedAccessToken accessToken) {
}

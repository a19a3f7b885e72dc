package org.symbolon.sts.oidc;

import java.time.LocalDateTime;

/** An access token issued from a code or refresh token, kept so it can be revoked with them. */
public record IssuedAccessToken(String jti, LocalDateTime expiresAt) {
}

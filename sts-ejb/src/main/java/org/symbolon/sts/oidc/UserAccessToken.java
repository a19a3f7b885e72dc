package org.symbolon.sts.oidc;

import java.time.LocalDateTime;

/**
 * An access token issued to a user through the browser flows: by its id, so it can be revoked with
 * the user or with the single sign-on session it was granted in.
 */
public record UserAccessToken(String jti, String userId, String sessionId, String clientId, LocalDateTime expiresAt) {
}

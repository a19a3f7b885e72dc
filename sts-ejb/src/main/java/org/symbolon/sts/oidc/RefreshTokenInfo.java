package org.symbolon.sts.oidc;

import java.time.LocalDateTime;
import java.util.Set;

/** What introspection (RFC 7662) tells a client about one of its current refresh tokens. */
public record RefreshTokenInfo(String clientId, String subject, String sessionId, Set<String> scopes,
        LocalDateTime issuedAt, LocalDateTime expiresAt) {
}

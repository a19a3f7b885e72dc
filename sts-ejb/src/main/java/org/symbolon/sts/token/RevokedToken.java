package org.symbolon.sts.token;

import java.time.LocalDateTime;

public record RevokedToken(String jti, String clientId, LocalDateTime expiresAt, LocalDateTime revokedAt) {
}

package org.symbolon.sts.oidc;

import java.time.LocalDateTime;

/**
 * The refresh tokens issued from one code redemption, rotated one after the other. The family
 * expires at once as a whole (absolute lifetime) and is revoked as a whole.
 */
public record RefreshFamily(String id, String codeHash, UserGrant grant, LocalDateTime createdAt,
        LocalDateTime expiresAt, LocalDateTime revokedAt) {

    public boolean usableAt(LocalDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}

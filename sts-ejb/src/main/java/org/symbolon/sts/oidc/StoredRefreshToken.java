package org.symbolon.sts.oidc;

import java.time.LocalDateTime;

/**
 * One refresh token as stored (its digest only), with the access token issued beside it.
 *
 * @param usedAt when it was rotated, null while it is the family's current token
 */
public record StoredRefreshToken(String tokenHash, String familyId, LocalDateTime createdAt, LocalDateTime usedAt,
        IssuedAccessToken accessToken) {
}

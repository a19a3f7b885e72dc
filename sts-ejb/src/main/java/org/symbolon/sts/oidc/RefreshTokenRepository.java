package org.symbolon.sts.oidc;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Refresh token families and their tokens in the shared database. */
public interface RefreshTokenRepository {

    void insertFamily(RefreshFamily family);

    void insertToken(StoredRefreshToken token);

    Optional<StoredRefreshToken> findToken(String tokenHash);

    Optional<RefreshFamily> findFamily(String familyId);

    /** Marks the token rotated in one atomic update; true only for the one caller that did. */
    boolean markUsed(String tokenHash, LocalDateTime now);

    /** Revokes the family; the access tokens issued from it, for the caller to revoke too. */
    List<IssuedAccessToken> revokeFamily(String familyId, LocalDateTime now);

    /** Families (revoked or not) redeemed from this code. */
    List<String> familiesOfCode(String codeHash);

    /** Families of this user that are neither revoked nor expired. */
    List<String> liveFamiliesOfUser(String userId, LocalDateTime now);

    /** The grant of the family an access token was issued from at a refresh. */
    Optional<UserGrant> grantOfAccessToken(String jti);

    int deleteExpired(LocalDateTime before);
}

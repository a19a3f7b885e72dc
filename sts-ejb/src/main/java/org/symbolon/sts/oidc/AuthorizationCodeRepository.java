package org.symbolon.sts.oidc;

import java.time.LocalDateTime;
import java.util.Optional;

/** Authorization codes in the database every node shares, so single use holds across nodes. */
public interface AuthorizationCodeRepository {

    void insert(StoredCode code);

    Optional<StoredCode> find(String codeHash);

    /** Marks the code used in one atomic update; true only for the one caller that did. */
    boolean markUsed(String codeHash, LocalDateTime now);

    /** Notes a replay, so an access token recorded after it is revoked at once. */
    void markReplayed(String codeHash, LocalDateTime now);

    /** Records the access token issued from the code; false when a replay was noted meanwhile. */
    boolean recordAccessToken(String codeHash, IssuedAccessToken token);

    /** The grant of the code an access token was issued from. */
    Optional<UserGrant> grantOfAccessToken(String jti);

    int deleteExpired(LocalDateTime before);
}

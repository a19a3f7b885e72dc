package org.symbolon.sts.token;

import java.time.LocalDateTime;
import java.util.List;

public interface RevocationRepository {

    /** Stores the revocation unless the token is already revoked. */
    void insertIfAbsent(RevokedToken revoked);

    /**
     * Revocations of tokens that have not yet expired, recorded at or after {@code since} by other
     * nodes (or before the database knew which node records what); this node's own are left out.
     */
    List<RevokedToken> revokedElsewhereSince(LocalDateTime since, LocalDateTime notExpiredAt);

    /**
     * Removes, in a transaction of its own, at most {@code limit} revocations of tokens that
     * expired before {@code before}; returns how many it removed.
     */
    int deleteExpired(LocalDateTime before, int limit);
}

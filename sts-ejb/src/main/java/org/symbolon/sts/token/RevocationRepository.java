package org.symbolon.sts.token;

import java.time.LocalDateTime;
import java.util.List;

public interface RevocationRepository {

    /** Stores the revocation unless the token is already revoked. */
    void insertIfAbsent(RevokedToken revoked);

    /**
     * Hands every revocation of a token that has not expired at {@code now}, whichever node
     * recorded it, to {@code sink}, row by row. Read once, at start, when there may be hundreds of
     * thousands: no entity or row object is made.
     *
     * @return when the rows were read, at or before {@code now}: revocations recorded after that
     *         are not among them
     */
    LocalDateTime forEachLive(LocalDateTime now, LiveRevocationSink sink);

    /** Takes one live revocation: its token id (or subject key), when the token expires and when it was revoked, in epoch milliseconds. */
    @FunctionalInterface
    interface LiveRevocationSink {
        void accept(String jti, long expiresAtMillis, long revokedAtMillis);
    }

    /**
     * Revocations recorded at or after {@code since} by other nodes (or before the database knew
     * which node records what); this node's own are left out. Selected by the time of recording
     * alone, so that the database reads only the recent rows: tokens among them that have expired
     * since are the caller's to skip.
     */
    List<RevokedToken> revokedElsewhereSince(LocalDateTime since);

    /**
     * Removes, in a transaction of its own, at most {@code limit} revocations of tokens that
     * expired before {@code before}; returns how many it removed.
     */
    int deleteExpired(LocalDateTime before, int limit);
}

package org.symbolon.sts.session;

import java.time.Instant;
import java.util.Optional;

/** Logins in progress, keyed by the hash of their ticket, shared by every node. */
public interface PendingLoginRepository {

    void insert(String ticketHash, PendingLogin login, Instant expiresAt);

    /** The pending login if it exists and has not expired; its id is the hash. */
    Optional<PendingLogin> find(String ticketHash, Instant now);

    /** Removes it; true only for the one caller that removed it. */
    boolean remove(String ticketHash);

    int deleteExpired(Instant now);
}

package org.symbolon.sts.authn;

import java.time.LocalDateTime;

/** The client assertion ids every node has seen, until they expire. */
public interface UsedAssertionStore {

    /** @return true when the id is recorded now; false when it was recorded before. */
    boolean recordFirstUse(String id, LocalDateTime expiresAt);

    int deleteExpired(LocalDateTime now);
}

package org.symbolon.sts.audit;

import java.time.LocalDateTime;
import java.util.List;

public interface AuditRepository {

    void append(AuditEvent event);

    /** Appends every event of a batch in the caller's transaction. */
    default void appendAll(List<AuditEvent> events) {
        events.forEach(this::append);
    }

    List<AuditEvent> latest(int max);

    /** The latest events about one object (a user id, a client id, ...), newest first. */
    List<AuditEvent> latestFor(String target, int max);

    /**
     * Removes, in a transaction of its own, at most {@code limit} events that occurred before
     * {@code before}; returns how many it removed.
     */
    int deleteOccurredBefore(LocalDateTime before, int limit);
}

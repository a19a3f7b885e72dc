package org.symbolon.sts.audit;

import java.util.List;

public interface AuditRepository {

    void append(AuditEvent event);

    List<AuditEvent> latest(int max);

    /** The latest events about one object (a user id, a client id, ...), newest first. */
    List<AuditEvent> latestFor(String target, int max);
}

package org.symbolon.sts.audit;

import java.util.List;

public interface AuditRepository {

    void append(AuditEvent event);

    List<AuditEvent> latest(int max);
}

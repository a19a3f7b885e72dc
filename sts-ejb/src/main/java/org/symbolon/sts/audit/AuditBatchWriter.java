package org.symbolon.sts.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** One transaction per batch of audit events. */
@Stateless
public class AuditBatchWriter {

    @Inject
    AuditRepository repository;

    public void write(List<AuditEvent> batch) {
        repository.appendAll(batch);
    }
}

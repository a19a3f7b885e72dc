package org.symbolon.sts.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** Audit events waiting to be written: bounded, so a stalled database cannot eat the heap. */
@ApplicationScoped
public class AuditQueue {

    private static final int CAPACITY = 50_000;

    private final BlockingQueue<AuditEvent> events = new ArrayBlockingQueue<>(CAPACITY);

    public boolean offer(AuditEvent event) {
        return events.offer(event);
    }

    public List<AuditEvent> drain(int max) {
        List<AuditEvent> batch = new ArrayList<>(Math.min(max, events.size()));
        events.drainTo(batch, max);
        return batch;
    }

    public void requeue(List<AuditEvent> batch) {
        batch.forEach(events::offer);
    }
}

package org.symbolon.sts.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/** Audit events waiting to be written: bounded, so a stalled database cannot eat the heap. */
@ApplicationScoped
public class AuditQueue {

    private static final int CAPACITY = 50_000;
    /**
     * Events waiting beyond which they are written at once, not at the next half-second look. Under
     * load (8,000 token exchanges a second) half a second of events outlived two or three young
     * collections, overflowed the survivor space into the old generation and brought a full
     * collection, a pause of 160 ms for every request, every second or two.
     */
    static final int EARLY_FLUSH = 256;

    private final BlockingQueue<AuditEvent> events = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicBoolean earlyFlush = new AtomicBoolean();

    public boolean offer(AuditEvent event) {
        return events.offer(event);
    }

    /**
     * True once when {@link #EARLY_FLUSH} events are waiting: the caller then has them written
     * now. No other caller gets true until {@link #earlyFlushDone}.
     */
    public boolean claimEarlyFlush() {
        return events.size() >= EARLY_FLUSH && earlyFlush.compareAndSet(false, true);
    }

    public void earlyFlushDone() {
        earlyFlush.set(false);
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

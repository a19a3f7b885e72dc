package org.symbolon.sts.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Queued audit events are written at once when enough are waiting, not only every half second. */
class AuditFlushTest {

    final List<List<AuditEvent>> batches = new ArrayList<>();
    final List<Runnable> submitted = new ArrayList<>();
    final AuditQueue queue = new AuditQueue();
    final AuditFlusher flusher = new AuditFlusher();
    final AuditLog log = new AuditLog();
    boolean rejecting;

    AuditFlushTest() {
        flusher.queue = queue;
        flusher.writer = new AuditBatchWriter() {
            @Override
            public void write(List<AuditEvent> batch) {
                batches.add(batch);
            }
        };
        flusher.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("execute")) {
                        throw new AssertionError("the flusher only hands tasks to execute, not to " + method.getName());
                    }
                    if (rejecting) {
                        throw new RejectedExecutionException("pool shut down");
                    }
                    submitted.add((Runnable) args[0]);
                    return null;
                });
        log.queue = queue;
        log.flusher = flusher;
        // the queue has room: nothing is written around it
        log.repository = (AuditRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AuditRepository.class}, (proxy, method, args) -> {
                    throw new AssertionError("written around the queue: " + method.getName());
                });
    }

    void exchanges(int n) {
        for (int i = 0; i < n; i++) {
            log.later("portal", "token.exchange", "alice", "success", Map.of("audience", "orders"));
        }
    }

    @Test
    void aBacklogIsWrittenAtOnceOnAnotherThreadAndOnlyOneWriteIsAskedFor() {
        exchanges(AuditQueue.EARLY_FLUSH - 1);
        assertTrue(submitted.isEmpty(), "fewer wait for the timed flush");

        exchanges(1);
        exchanges(100);
        assertEquals(1, submitted.size(), "one early write however many arrive before it runs");

        submitted.get(0).run();
        assertEquals(AuditQueue.EARLY_FLUSH + 100, batches.stream().mapToInt(List::size).sum(), "every waiting event written");

        exchanges(AuditQueue.EARLY_FLUSH);
        assertEquals(2, submitted.size(), "after the write, the next backlog asks again");
    }

    @Test
    void aRejectedWriteLeavesTheEventsToTheTimedFlushAndAsksAgainLater() {
        rejecting = true;
        exchanges(AuditQueue.EARLY_FLUSH);
        assertTrue(batches.isEmpty());

        rejecting = false;
        exchanges(1);
        assertEquals(1, submitted.size(), "the refused claim was given back");

        flusher.flush();
        assertEquals(AuditQueue.EARLY_FLUSH + 1, batches.stream().mapToInt(List::size).sum());
    }
}

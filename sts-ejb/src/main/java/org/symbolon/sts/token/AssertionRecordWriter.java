package org.symbolon.sts.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stores the records of issued SAML assertions by group commit: each request's record is durable
 * before the request goes on (no assertion leaves the server that introspection and revocation
 * would not find, on any node, after any crash), but the requests that arrive while one transaction
 * commits share the next one instead of paying a transaction each. The request that takes the lock
 * writes every record queued so far, its own included, and wakes each request whose record it wrote;
 * the others sleep without the lock until they are woken. On leaving, the writer wakes the oldest
 * request still queued to write next: whatever was queued after its last look is the next writer's
 * batch. A batch that fails is retried record by record, so one bad record fails only its own request.
 */
@ApplicationScoped
public class AssertionRecordWriter {

    static final int MAX_BATCH = 200;

    @Inject
    AssertionRecordRepository repository;

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    /**
     * A waiting request is always woken, by the writer that stored its record or by the one that
     * left the lock free with it at the head of the queue; this is only a backstop. Waking every
     * waiter each millisecond instead cost a tenth of the server's CPU under load.
     */
    long backstopNanos = TimeUnit.MILLISECONDS.toNanos(100);

    /** Returns once the record is committed; throws what storing it threw, and then nothing of it is stored. */
    public void write(AssertionRecord record) {
        Pending mine = new Pending(record, Thread.currentThread());
        queue.add(mine);
        while (!mine.settled) {
            if (writing.tryLock()) {
                try {
                    if (!mine.settled) {
                        drain();
                    }
                } finally {
                    writing.unlock();
                }
                Pending waiting = queue.peek();
                if (waiting != null) {
                    LockSupport.unpark(waiting.thread);
                }
            } else {
                LockSupport.parkNanos(this, backstopNanos);
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while ((next = queue.poll()) != null) {
            batch.add(next);
            if (batch.size() == MAX_BATCH) {
                commit(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            commit(batch);
        }
    }

    private void commit(List<Pending> batch) {
        try {
            repository.insertAll(batch.stream().map(p -> p.record).toList());
            batch.forEach(p -> p.settle(null));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).settle(e);
                return;
            }
            for (Pending p : batch) {
                commit(List.of(p));
            }
        } finally {
            // whatever escaped (an Error) must not leave a request waiting for a verdict forever
            for (Pending p : batch) {
                if (!p.settled) {
                    p.settle(new IllegalStateException("The assertion record could not be stored"));
                }
            }
        }
    }

    private static final class Pending {

        final AssertionRecord record;
        final Thread thread;
        volatile boolean settled;
        RuntimeException failure;

        Pending(AssertionRecord record, Thread thread) {
            this.record = record;
            this.thread = thread;
        }

        void settle(RuntimeException failure) {
            this.failure = failure;
            this.settled = true;
            LockSupport.unpark(thread);
        }
    }
}

package org.symbolon.sts.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Writes queued audit events every half second, in batches, one transaction per batch; and at
 * once, on a thread of the server's executor, when {@link AuditQueue#EARLY_FLUSH} are waiting.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditFlusher {

    private static final Logger LOG = Logger.getLogger(AuditFlusher.class.getName());
    private static final int BATCH = 500;

    @Inject
    AuditQueue queue;

    @Inject
    AuditBatchWriter writer;

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(500, 500, new TimerConfig("audit-flush", false));
    }

    @Timeout
    synchronized void flush() {
        List<AuditEvent> batch;
        while (!(batch = queue.drain(BATCH)).isEmpty()) {
            try {
                writer.write(batch);
            } catch (RuntimeException e) {
                queue.requeue(batch);
                LOG.warning(() -> "Audit events could not be written yet; will retry: " + e);
                return;
            }
        }
    }

    /** Writes the waiting events now, off the caller's thread; called after {@link AuditQueue#claimEarlyFlush}. */
    public void flushSoon() {
        try {
            executor.execute(() -> {
                try {
                    flush();
                } finally {
                    queue.earlyFlushDone();
                }
            });
        } catch (RejectedExecutionException e) {
            queue.earlyFlushDone();   // the next timed flush writes them
        }
    }

    @PreDestroy
    void last() {
        flush();
    }
}

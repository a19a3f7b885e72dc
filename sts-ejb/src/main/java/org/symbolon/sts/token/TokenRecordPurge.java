package org.symbolon.sts.token;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.audit.AuditRepository;
import org.symbolon.sts.config.UtcClock;

/**
 * Removes the rows of tokens that can no longer be presented: revocations and issued SAML
 * assertion records some time after their token expired; and, when a retention is set, the audit
 * events older than it (the removal itself is audited). The first run comes a few minutes after
 * start, not during it, and every run deletes in transactions of at most a batch of rows each, so
 * that a large backlog neither holds up the start nor fills the heap with one transaction.
 */
@Singleton
@Startup
public class TokenRecordPurge {

    private static final Logger LOG = Logger.getLogger(TokenRecordPurge.class.getName());
    /** A revocation outlives its token by at least the clock skew any verifier tolerates. */
    static final long MIN_KEEP_EXPIRED_SECONDS = 60;
    static final int MAX_BATCH = 10_000;

    @Inject
    RevocationRepository revocations;

    @Inject
    AssertionRecordRepository assertions;

    @Inject
    AuditRepository audit;

    @Inject
    AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "sts.purge.first-delay", defaultValue = "300")
    long firstDelaySeconds;

    @Inject
    @ConfigProperty(name = "sts.purge.interval", defaultValue = "3600")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "sts.purge.keep-expired", defaultValue = "3600")
    long keepExpiredSeconds;

    @Inject
    @ConfigProperty(name = "sts.purge.batch-size", defaultValue = "1000")
    int batchSize;

    /** Days an audit event is kept; 0 keeps every event. */
    @Inject
    @ConfigProperty(name = "sts.audit.retention-days", defaultValue = "0")
    long auditRetentionDays;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(Math.max(1, firstDelaySeconds) * 1000, Math.max(10, intervalSeconds) * 1000,
                new TimerConfig("token-record-purge", false));
    }

    /** Outside a transaction: each batch commits on its own. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void purge() {
        LocalDateTime before = UtcClock.now().minusSeconds(Math.max(MIN_KEEP_EXPIRED_SECONDS, keepExpiredSeconds));
        int limit = Math.min(MAX_BATCH, Math.max(1, batchSize));
        try {
            int revoked = drain(limit, n -> revocations.deleteExpired(before, n));
            int issued = drain(limit, n -> assertions.deleteExpired(before, n));
            if (revoked + issued > 0) {
                LOG.log(Level.INFO, "Removed {0,number,#} revocations and {1,number,#} issued assertion records"
                        + " of tokens expired before {2}", new Object[] {revoked, issued, before});
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expired token records could not be removed; the next run tries again: {0}",
                    e.toString());
        }
        if (auditRetentionDays > 0) {
            removeOldAuditEvents(limit);
        }
    }

    private void removeOldAuditEvents(int limit) {
        LocalDateTime before = UtcClock.now().minusDays(auditRetentionDays);
        try {
            int removed = drain(limit, n -> audit.deleteOccurredBefore(before, n));
            if (removed > 0) {
                LOG.log(Level.INFO, "Removed {0,number,#} audit events older than {1,number,#} days (before {2})",
                        new Object[] {removed, auditRetentionDays, before});
                auditLog.later("system", "audit.retention", "audit", "success",
                        Map.of("removed", removed, "occurredBefore", before.toString(),
                                "retentionDays", auditRetentionDays));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit events past their retention could not be removed; the next run tries again:"
                    + " {0}", e.toString());
        }
    }

    /** Deletes batch after batch until one comes back short; returns the total. */
    static int drain(int limit, IntUnaryOperator deleteBatch) {
        int total = 0;
        int deleted;
        do {
            deleted = deleteBatch.applyAsInt(limit);
            total += deleted;
        } while (deleted >= limit);
        return total;
    }
}

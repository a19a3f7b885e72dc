package org.symbolon.sts.token;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.symbolon.sts.config.UtcClock;

/**
 * Keeps this node's {@link RevocationList} in step with the shared database: all live revocations
 * at start, then every few seconds the ones other nodes recorded since the last look (this node's
 * own went into the list as it made them). The rows of expired tokens are removed by
 * {@link TokenRecordPurge}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RevocationSync {

    private static final Logger LOG = Logger.getLogger(RevocationSync.class.getName());
    /** Overlap between looks, so a row committed late by a slow transaction is still seen. */
    private static final long OVERLAP_SECONDS = 30;

    @Inject
    RevocationRepository repository;

    @Inject
    RevocationList list;

    @Inject
    @ConfigProperty(name = "sts.revocation.sync-interval-ms", defaultValue = "2000")
    long intervalMillis;

    @Resource
    TimerService timers;

    @Inject
    MetricRegistry metrics;

    /** Null until the live revocations are loaded: a load that failed is tried again at the next look. */
    private volatile LocalDateTime lastLook;

    @PostConstruct
    void start() {
        pull();
        // how many revoked token ids this node holds in memory: one small object each until the token expires
        metrics.gauge("sts_revoked_tokens_live", list, RevocationList::size);
        long interval = Math.max(200, intervalMillis);
        timers.createIntervalTimer(interval, interval, new TimerConfig("revocation-sync", false));
    }

    @Timeout
    void pull() {
        try {
            LocalDateTime now = UtcClock.now();
            long nowMillis = UtcClock.toInstant(now).toEpochMilli();
            LocalDateTime since = lastLook;
            LocalDateTime readAt = now;
            if (since == null) {
                readAt = repository.forEachLive(now, (jti, expiry, revokedAt) -> apply(jti, expiry, revokedAt, nowMillis));
            } else {
                for (RevokedToken r : repository.revokedElsewhereSince(since)) {
                    apply(r.jti(), UtcClock.toInstant(r.expiresAt()).toEpochMilli(),
                            UtcClock.toInstant(r.revokedAt()).toEpochMilli(), nowMillis);
                }
            }
            lastLook = readAt.minusSeconds(OVERLAP_SECONDS);
            list.forgetExpired(nowMillis);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Revocations could not be read; the known list stays in force: {0}",
                    e.toString());
        }
    }

    private void apply(String jti, long expiry, long revokedAt, long nowMillis) {
        if (expiry <= nowMillis) {
            return;
        }
        if (SubjectRevocationKey.isAllClientsRevocation(jti)) {
            list.revokeSubjectForAllClients(SubjectRevocationKey.allClientsKeyOf(jti), revokedAt, expiry);
        } else if (SubjectRevocationKey.isSubjectRevocation(jti)) {
            list.revokeSubject(SubjectRevocationKey.keyOf(jti), revokedAt, expiry);
        } else {
            list.add(jti, expiry);
        }
    }
}

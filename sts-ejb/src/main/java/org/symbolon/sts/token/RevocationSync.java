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

    /** Null until the live revocations are loaded: a load that failed is tried again at the next look. */
    private volatile LocalDateTime lastLook;

    @PostConstruct
    void start() {
        pull();
        long interval = Math.max(200, intervalMillis);
        timers.createIntervalTimer(interval, interval, new TimerConfig("revocation-sync", false));
    }

    @Timeout
    void pull() {
        try {
            LocalDateTime now = UtcClock.now();
            long nowMillis = UtcClock.toInstant(now).toEpochMilli();
            LocalDateTime since = lastLook;
            for (RevokedToken r : since == null ? repository.live(now) : repository.revokedElsewhereSince(since)) {
                long expiry = UtcClock.toInstant(r.expiresAt()).toEpochMilli();
                if (expiry <= nowMillis) {
                    continue;
                }
                if (SubjectRevocationKey.isAllClientsRevocation(r.jti())) {
                    list.revokeSubjectForAllClients(SubjectRevocationKey.allClientsKeyOf(r.jti()),
                            UtcClock.toInstant(r.revokedAt()).toEpochMilli(), expiry);
                } else if (SubjectRevocationKey.isSubjectRevocation(r.jti())) {
                    list.revokeSubject(SubjectRevocationKey.keyOf(r.jti()),
                            UtcClock.toInstant(r.revokedAt()).toEpochMilli(), expiry);
                } else {
                    list.add(r.jti(), expiry);
                }
            }
            lastLook = now.minusSeconds(OVERLAP_SECONDS);
            list.forgetExpired(nowMillis);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Revocations could not be read; the known list stays in force: {0}",
                    e.toString());
        }
    }
}

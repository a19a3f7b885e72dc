package org.symbolon.sts.token;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.audit.AuditEvent;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.audit.AuditRepository;
import org.symbolon.sts.config.UtcClock;

class TokenRecordPurgeTest {

    /** Rows by id with their expiry; every delete call is one batch (one transaction in the database). */
    static final class Rows {
        final Map<String, LocalDateTime> expiries = new TreeMap<>();
        final List<Integer> batches = new ArrayList<>();
        boolean unreachable;

        int deleteExpired(LocalDateTime before, int limit) {
            if (unreachable) {
                throw new IllegalStateException("connection refused");
            }
            List<String> expired = expiries.entrySet().stream().filter(e -> e.getValue().isBefore(before))
                    .limit(limit).map(Map.Entry::getKey).toList();
            expired.forEach(expiries::remove);
            batches.add(expired.size());
            return expired.size();
        }
    }

    final Rows revokedRows = new Rows();
    final Rows assertionRows = new Rows();
    final Rows auditRows = new Rows();
    final List<Object> auditedDetails = new ArrayList<>();

    final RevocationRepository revocations = new RevocationRepository() {
        @Override
        public void insertIfAbsent(RevokedToken revoked) {
            revokedRows.expiries.putIfAbsent(revoked.jti(), revoked.expiresAt());
        }

        @Override
        public LocalDateTime forEachLive(LocalDateTime now, LiveRevocationSink sink) {
            return now;
        }

        @Override
        public List<RevokedToken> revokedElsewhereSince(LocalDateTime since) {
            return List.of();
        }

        @Override
        public int deleteExpired(LocalDateTime before, int limit) {
            return revokedRows.deleteExpired(before, limit);
        }
    };

    final AssertionRecordRepository assertions = new AssertionRecordRepository() {
        @Override
        public void insertAll(List<AssertionRecord> records) {
            records.forEach(r -> assertionRows.expiries.put(r.id(), r.expiresAt()));
        }

        @Override
        public Optional<AssertionRecord> find(String id) {
            return Optional.empty();
        }

        @Override
        public int deleteExpired(LocalDateTime before, int limit) {
            return assertionRows.deleteExpired(before, limit);
        }
    };

    final AuditRepository audit = new AuditRepository() {
        @Override
        public void append(AuditEvent event) {
            auditRows.expiries.put(event.id(), event.occurredAt());
        }

        @Override
        public List<AuditEvent> latest(int max) {
            return List.of();
        }

        @Override
        public List<AuditEvent> latestFor(String target, int max) {
            return List.of();
        }

        @Override
        public int deleteOccurredBefore(LocalDateTime before, int limit) {
            return auditRows.deleteExpired(before, limit);
        }
    };

    /** The audit trail as the purge writes to it: what it records about its own removals. */
    final AuditLog auditLog = new AuditLog() {
        @Override
        public void later(String actor, String action, String target, String outcome, Object details) {
            assertEquals("audit.retention", action);
            auditedDetails.add(details);
        }
    };

    TokenRecordPurge purge(long keepExpiredSeconds, int batchSize) {
        TokenRecordPurge purge = new TokenRecordPurge();
        purge.revocations = revocations;
        purge.assertions = assertions;
        purge.audit = audit;
        purge.auditLog = auditLog;
        purge.keepExpiredSeconds = keepExpiredSeconds;
        purge.batchSize = batchSize;
        return purge;
    }

    static LocalDateTime minutesFromNow(long minutes) {
        return UtcClock.now().plusMinutes(minutes);
    }

    @Test
    void onlyRecordsOfTokensExpiredLongerThanTheKeepTimeAreRemoved() {
        revokedRows.expiries.put("jti-expired-2h", minutesFromNow(-120));
        revokedRows.expiries.put("jti-expired-30min", minutesFromNow(-30));
        revokedRows.expiries.put("jti-live", minutesFromNow(5));
        assertionRows.expiries.put("_expired-90min", minutesFromNow(-90));
        assertionRows.expiries.put("_live", minutesFromNow(10));

        purge(3600, 1000).purge();

        assertEquals(List.of("jti-expired-30min", "jti-live"), List.copyOf(revokedRows.expiries.keySet()));
        assertEquals(List.of("_live"), List.copyOf(assertionRows.expiries.keySet()));
    }

    @Test
    void aBacklogIsRemovedInTransactionsOfAtMostOneBatch() {
        for (int i = 0; i < 2_500; i++) {
            revokedRows.expiries.put("jti-" + i, minutesFromNow(-120));
        }

        purge(3600, 1000).purge();

        assertTrue(revokedRows.expiries.isEmpty());
        assertEquals(List.of(1000, 1000, 500), revokedRows.batches);
        assertEquals(List.of(0), assertionRows.batches, "one look at the assertion records, nothing to remove");
    }

    @Test
    void aRevocationOutlivesItsTokenByTheClockSkewWhateverTheSetting() {
        revokedRows.expiries.put("jti-expired-30s", UtcClock.now().minusSeconds(30));
        revokedRows.expiries.put("jti-expired-2min", minutesFromNow(-2));

        purge(0, 0).purge();   // below the minimum keep time and batch size: both raised

        assertEquals(List.of("jti-expired-30s"), List.copyOf(revokedRows.expiries.keySet()));
    }

    @Test
    void auditEventsOlderThanTheRetentionAreRemovedAndTheRemovalIsItselfAudited() {
        for (int i = 0; i < 3; i++) {
            auditRows.expiries.put("event-31d-" + i, UtcClock.now().minusDays(31));
        }
        auditRows.expiries.put("event-29d", UtcClock.now().minusDays(29));
        auditRows.expiries.put("event-now", UtcClock.now());
        TokenRecordPurge purge = purge(3600, 2);
        purge.auditRetentionDays = 30;

        purge.purge();

        assertEquals(List.of("event-29d", "event-now"), List.copyOf(auditRows.expiries.keySet()));
        assertEquals(List.of(2, 1), auditRows.batches);
        assertEquals(1, auditedDetails.size());
        Map<?, ?> details = (Map<?, ?>) auditedDetails.get(0);
        assertEquals(3, details.get("removed"));
        assertEquals(30L, details.get("retentionDays"));
    }

    @Test
    void withoutARetentionEveryAuditEventIsKept() {
        auditRows.expiries.put("event-10y", UtcClock.now().minusYears(10));

        purge(3600, 1000).purge();

        assertEquals(List.of("event-10y"), List.copyOf(auditRows.expiries.keySet()));
        assertTrue(auditRows.batches.isEmpty(), "the audit trail is not even looked at");
        assertTrue(auditedDetails.isEmpty());
    }

    @Test
    void aFailingDatabaseLeavesThePurgeForTheNextRun() {
        TokenRecordPurge purge = purge(3600, 1000);
        revokedRows.unreachable = true;

        assertDoesNotThrow(purge::purge);
    }
}

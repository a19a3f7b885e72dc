package org.symbolon.sts.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.config.UtcClock;

class RevocationSyncTest {

    /** The shared table as the node's queries see it; records what each look asked for. */
    static final class Table implements RevocationRepository {

        final List<RevokedToken> rows = new ArrayList<>();
        final List<LocalDateTime> loads = new ArrayList<>();
        final List<LocalDateTime> looks = new ArrayList<>();
        int failingLoads;
        /** When the rows were read, if not at the time asked for: a read made earlier in the start. */
        LocalDateTime readAt;

        @Override
        public void insertIfAbsent(RevokedToken revoked) {
            rows.add(revoked);
        }

        @Override
        public LocalDateTime forEachLive(LocalDateTime now, LiveRevocationSink sink) {
            loads.add(now);
            for (RevokedToken r : rows) {
                if (failingLoads > 0 && r == rows.get(rows.size() - 1)) {
                    failingLoads--;
                    throw new IllegalStateException("connection reset");   // after every row but the last
                }
                if (r.expiresAt().isAfter(now)) {
                    sink.accept(r.jti(), millis(r.expiresAt()), millis(r.revokedAt()));
                }
            }
            return readAt != null ? readAt : now;
        }

        private static long millis(LocalDateTime utc) {
            return UtcClock.toInstant(utc).toEpochMilli();
        }

        @Override
        public List<RevokedToken> revokedElsewhereSince(LocalDateTime since) {
            looks.add(since);
            return rows.stream().filter(r -> !r.revokedAt().isBefore(since)).toList();
        }

        @Override
        public int deleteExpired(LocalDateTime before, int limit) {
            return 0;
        }
    }

    final Table table = new Table();
    final RevocationSync sync = new RevocationSync();

    RevocationSyncTest() {
        sync.repository = table;
        sync.list = new RevocationList();
    }

    static RevokedToken revoked(String jti, Duration revokedAgo, Duration expiresIn) {
        LocalDateTime now = UtcClock.now();
        return new RevokedToken(jti, "portal", now.plus(expiresIn), now.minus(revokedAgo));
    }

    @Test
    void theFirstLookLoadsEveryLiveRevocationAndLaterLooksReadOnlyTheRecentOnes() {
        table.rows.add(revoked("old-but-live", Duration.ofDays(2), Duration.ofHours(1)));
        table.rows.add(revoked("expired", Duration.ofDays(2), Duration.ofHours(-1)));

        sync.pull();

        assertTrue(sync.list.isRevoked("old-but-live"));
        assertFalse(sync.list.isRevoked("expired"));
        assertEquals(1, table.loads.size());
        assertTrue(table.looks.isEmpty());

        table.rows.add(revoked("from-another-node", Duration.ZERO, Duration.ofMinutes(5)));
        LocalDateTime before = UtcClock.now();
        sync.pull();

        assertTrue(sync.list.isRevoked("from-another-node"));
        assertEquals(1, table.loads.size(), "the live revocations are loaded once");
        assertEquals(1, table.looks.size());
        Duration overlap = Duration.between(table.looks.get(0), before);
        assertTrue(overlap.compareTo(Duration.ofSeconds(29)) > 0 && overlap.compareTo(Duration.ofSeconds(31)) < 0,
                "a look reaches back 30 s before the previous one, so late commits are seen: " + overlap);
    }

    @Test
    void afterALoadReadEarlierInTheStartTheNextLookReachesBackFromTheTimeOfTheRead() {
        table.readAt = UtcClock.now().minusSeconds(20);

        sync.pull();
        sync.pull();

        assertEquals(table.readAt.minusSeconds(30), table.looks.get(0),
                "revocations recorded elsewhere after the read, and 30 s before it, are looked for");
    }

    @Test
    void aRecentRevocationOfATokenThatHasExpiredSinceIsSkipped() {
        sync.pull();
        table.rows.add(revoked("short-lived", Duration.ofSeconds(5), Duration.ofSeconds(-1)));

        sync.pull();

        assertFalse(sync.list.isRevoked("short-lived"));
        assertEquals(0, sync.list.size());
    }

    @Test
    void aLoadThatFailedIsTriedAgainWhole() {
        table.rows.add(revoked("read-before-the-failure", Duration.ofDays(2), Duration.ofHours(1)));
        table.rows.add(revoked("old-but-live", Duration.ofDays(2), Duration.ofHours(1)));
        table.failingLoads = 1;

        sync.pull();
        assertTrue(sync.list.isRevoked("read-before-the-failure"), "what was read before the failure stays in force");
        assertFalse(sync.list.isRevoked("old-but-live"), "the connection failed before this row");
        sync.pull();

        assertTrue(sync.list.isRevoked("old-but-live"), "the second look loads what the first could not");
        assertEquals(2, table.loads.size());
        assertTrue(table.looks.isEmpty());
    }

    @Test
    void theLoadRestoresSubjectRevocationsWithTheirCutoffs() {
        long revokedAt = System.currentTimeMillis() - 60_000;
        LocalDateTime revokedTime = LocalDateTime.ofEpochSecond(revokedAt / 1000, 0, ZoneOffset.UTC);
        String oneClient = SubjectRevocationKey.rowId(SubjectRevocationKey.of("alice", "portal"), revokedAt);
        String allClients = SubjectRevocationKey.allClientsRowId(SubjectRevocationKey.ofSubject("bob"), revokedAt);
        LocalDateTime expiry = UtcClock.now().plusHours(1);
        table.rows.add(new RevokedToken(oneClient, "portal", expiry, revokedTime));
        table.rows.add(new RevokedToken(allClients, null, expiry, revokedTime));

        sync.pull();

        long before = revokedAt - 10_000;
        long after = revokedAt + 10_000;
        assertTrue(sync.list.isRevokedSubject("alice", "portal", before));
        assertFalse(sync.list.isRevokedSubject("alice", "portal", after), "issued after the revocation");
        assertFalse(sync.list.isRevokedSubject("alice", "shop", before), "another client");
        assertTrue(sync.list.isRevokedSubject("bob", "shop", before));
        assertTrue(sync.list.isRevokedSubject("bob", "portal", before));
        assertFalse(sync.list.isRevokedSubject("bob", "portal", after));
        assertEquals(0, sync.list.size(), "subject revocations are not token ids");
    }
}

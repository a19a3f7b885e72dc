package org.symbolon.sts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.config.UtcClock;

/** The revocations read while the application starts, and the first load that replays them, on a migrated H2 database. */
class EarlyRevocationReadTest {

    final JdbcDataSource dataSource = new JdbcDataSource();
    final JpaRevocationRepository repository = new JpaRevocationRepository();
    final List<String> loaded = new ArrayList<>();

    EarlyRevocationReadTest() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sts");
        SchemaMigration.migrate(dataSource);
        repository.dataSource = dataSource;
    }

    @AfterEach
    void noReadLeftBehind() {
        EarlyRevocationRead.take();
    }

    void store(String jti, LocalDateTime expiresAt, LocalDateTime revokedAt) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO sts_revoked_token (jti, client_id, expires_at, revoked_at) VALUES (?, 'portal', ?, ?)")) {
            insert.setString(1, jti);
            insert.setObject(2, expiresAt);
            insert.setObject(3, revokedAt);
            insert.executeUpdate();
        }
    }

    LocalDateTime load(LocalDateTime now) {
        return repository.forEachLive(now, (jti, expiry, revokedAt) -> loaded.add(jti + " " + expiry + " " + revokedAt));
    }

    static long millis(LocalDateTime utc) {
        return UtcClock.toInstant(utc).toEpochMilli();
    }

    @Test
    void theFirstLoadReplaysTheEarlyReadWithoutItsExpiredRowsAndSaysWhenItWasRead() throws SQLException {
        LocalDateTime now = UtcClock.now().truncatedTo(ChronoUnit.MILLIS);
        store("live", now.plusMinutes(30), now.minusMinutes(2));
        store("sub:abc:123", now.plusHours(1), now.minusMinutes(1));
        store("expires-soon", now.plusSeconds(5), now.minusMinutes(3));
        store("expired", now.minusMinutes(10), now.minusMinutes(40));
        LocalDateTime before = UtcClock.now();
        EarlyRevocationRead.read(dataSource, EarlyRevocationRead.expect());
        store("recorded-after-the-read", now.plusMinutes(30), now);

        LocalDateTime readAt = load(now.plusSeconds(10));

        assertEquals(List.of("live " + millis(now.plusMinutes(30)) + " " + millis(now.minusMinutes(2)),
                "sub:abc:123 " + millis(now.plusHours(1)) + " " + millis(now.minusMinutes(1))), loaded.stream().sorted().toList(),
                "the rows of the read whose tokens have not expired when the load replays them");
        assertFalse(readAt.isBefore(before), "the time of the read, so the next look reaches back past it");
        assertFalse(readAt.isAfter(UtcClock.now()));
    }

    @Test
    void laterLoadsQueryTheDatabase() throws SQLException {
        LocalDateTime now = UtcClock.now();
        EarlyRevocationRead.read(dataSource, EarlyRevocationRead.expect());
        load(now);
        assertTrue(loaded.isEmpty());
        store("recorded-after-the-read", now.plusMinutes(30), now);

        LocalDateTime queriedAt = UtcClock.now();
        assertEquals(queriedAt.withNano(0), load(queriedAt).withNano(0));

        assertEquals(1, loaded.size());
        assertTrue(loaded.get(0).startsWith("recorded-after-the-read "));
    }

    @Test
    void aFailedReadLeavesTheFirstLoadToQuery() throws SQLException {
        LocalDateTime now = UtcClock.now();
        store("live", now.plusMinutes(30), now.minusMinutes(2));
        DataSource refusing = (DataSource) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("connection refused");
                });
        EarlyRevocationRead.read(refusing, EarlyRevocationRead.expect());

        assertEquals(now, load(now));

        assertEquals(1, loaded.size());
        assertNull(EarlyRevocationRead.take(), "taken once");
    }
}

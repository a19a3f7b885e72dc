package org.symbolon.sts.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.token.RevocationRepository.LiveRevocationSink;

/**
 * The stored revocations, read by {@link EarlySchemaMigration}'s thread right after the migration,
 * while CDI still discovers and validates the beans. After a wave of revocations there are hundreds
 * of thousands of them (about 180,000 after bench/run's revoke scenario), and reading them on the
 * application's single start thread took a fifth of its time even by plain JDBC (a quarter through
 * JPA), against 3 % for the replay. The first load of the revocation
 * list replays this read instead of querying ({@link JpaRevocationRepository#forEachLive}); should
 * it have failed, that load queries as before.
 */
final class EarlyRevocationRead implements LiveRevocationSink {

    private static final Logger LOG = Logger.getLogger(EarlyRevocationRead.class.getName());
    private static volatile CompletableFuture<EarlyRevocationRead> started;

    private final LocalDateTime readAt;
    private String[] ids = new String[1024];
    private long[] expiries = new long[1024];
    private long[] revokedAts = new long[1024];
    private int size;

    private EarlyRevocationRead(LocalDateTime readAt) {
        this.readAt = readAt;
    }

    /**
     * Announces a read: from now on the first {@link #take} waits for the future returned, which
     * {@link #read} completes, or its caller with null when it cannot read.
     */
    static CompletableFuture<EarlyRevocationRead> expect() {
        CompletableFuture<EarlyRevocationRead> read = new CompletableFuture<>();
        started = read;
        return read;
    }

    /** Reads on the calling thread and completes {@code read} with the rows, or with null if the read failed. */
    static void read(DataSource dataSource, CompletableFuture<EarlyRevocationRead> read) {
        try (Connection connection = dataSource.getConnection()) {
            // a transaction of its own: PostgreSQL's driver honours the fetch size only outside auto-commit
            connection.setAutoCommit(false);
            try {
                LocalDateTime now = UtcClock.now();
                EarlyRevocationRead rows = new EarlyRevocationRead(now);
                JpaRevocationRepository.readStored(connection, rows);
                read.complete(rows);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "The early read of the revocations failed; the first load queries again", e);
            read.complete(null);
        }
    }

    /** The early read, once: null when none ran or it failed, and for every later caller. */
    static EarlyRevocationRead take() {
        CompletableFuture<EarlyRevocationRead> read = started;
        if (read == null) {
            return null;
        }
        started = null;
        try {
            return read.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void accept(String jti, long expiresAtMillis, long revokedAtMillis) {
        if (size == ids.length) {
            int grown = size * 2;
            ids = Arrays.copyOf(ids, grown);
            expiries = Arrays.copyOf(expiries, grown);
            revokedAts = Arrays.copyOf(revokedAts, grown);
        }
        ids[size] = jti;
        expiries[size] = expiresAtMillis;
        revokedAts[size] = revokedAtMillis;
        size++;
    }

    /** Hands the rows of tokens that have not expired at {@code nowMillis} to {@code sink}; returns when they were read. */
    LocalDateTime replay(long nowMillis, LiveRevocationSink sink) {
        for (int i = 0; i < size; i++) {
            if (expiries[i] > nowMillis) {
                sink.accept(ids[i], expiries[i], revokedAts[i]);
            }
        }
        return readAt;
    }
}

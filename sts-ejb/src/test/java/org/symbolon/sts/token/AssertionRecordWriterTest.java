package org.symbolon.sts.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AssertionRecordWriterTest {

    /** Stores like the database does: a batch is all or nothing, and each commit takes a while. */
    static final class SlowStore implements AssertionRecordRepository {

        final Map<String, AssertionRecord> stored = new ConcurrentHashMap<>();
        final AtomicInteger transactions = new AtomicInteger();
        volatile String refused = "";
        volatile long commitMillis = 2;

        @Override
        public void insertAll(List<AssertionRecord> records) {
            transactions.incrementAndGet();
            if (records.stream().anyMatch(r -> r.id().equals(refused))) {
                throw new IllegalStateException("value too long for column");
            }
            try {
                Thread.sleep(commitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            records.forEach(r -> stored.put(r.id(), r));
        }

        @Override
        public Optional<AssertionRecord> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public int deleteExpired(LocalDateTime before, int limit) {
            List<String> expired = stored.values().stream().filter(r -> r.expiresAt().isBefore(before))
                    .limit(limit).map(AssertionRecord::id).toList();
            expired.forEach(stored::remove);
            return expired.size();
        }
    }

    static AssertionRecord record(String id) {
        LocalDateTime now = LocalDateTime.now();
        return new AssertionRecord(id, "client", "alice", "https://sp.example.com", now, now.plusMinutes(5),
                List.of(), null);
    }

    static AssertionRecordWriter writer(SlowStore store) {
        AssertionRecordWriter writer = new AssertionRecordWriter();
        writer.repository = store;
        return writer;
    }

    @Test
    void everyRecordIsStoredBeforeItsWriteReturnsAndConcurrentWritesShareTransactions() throws Exception {
        SlowStore store = new SlowStore();
        AssertionRecordWriter writer = writer(store);
        int threads = 32;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                boolean allFound = true;
                for (int i = 0; i < perThread; i++) {
                    String id = "_" + thread + "_" + i;
                    writer.write(record(id));
                    allFound &= store.find(id).isPresent();
                }
                return allFound;
            }));
        }
        for (Future<Boolean> result : results) {
            assertTrue(result.get(), "a write returned before its record was stored");
        }
        pool.shutdown();

        assertEquals(threads * perThread, store.stored.size());
        assertTrue(store.transactions.get() < threads * perThread / 4,
                "concurrent records share transactions: " + store.transactions.get() + " for "
                        + threads * perThread + " records");
    }

    @Test
    void everyWaitingWriteIsWokenWithoutTheBackstop() {
        SlowStore store = new SlowStore();
        store.commitMillis = 0;
        AssertionRecordWriter writer = writer(store);
        // a lost wake-up would leave its write asleep for an hour and fail the test by its time limit
        writer.backstopNanos = Duration.ofHours(1).toNanos();
        int threads = 16;
        int perThread = 2_000;

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> writes = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writes.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        writer.write(record("_" + thread + "_" + i));
                    }
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
            pool.shutdown();
        });

        assertEquals(threads * perThread, store.stored.size());
    }

    @Test
    void aRecordTheStoreRefusesFailsOnlyItsOwnWrite() throws Exception {
        SlowStore store = new SlowStore();
        store.refused = "_bad";
        AssertionRecordWriter writer = writer(store);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> good = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = "_good" + i;
            good.add(pool.submit(() -> writer.write(record(id))));
        }
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> writer.write(record("_bad")));
        for (Future<?> write : good) {
            write.get();
        }
        pool.shutdown();

        assertEquals("value too long for column", refused.getMessage());
        assertEquals(200, store.stored.size());
        assertTrue(store.find("_bad").isEmpty());
    }

    @Test
    void aWriteAloneIsOneTransaction() {
        SlowStore store = new SlowStore();
        AssertionRecordWriter writer = writer(store);
        AssertionRecord record = record("_alone");

        writer.write(record);

        assertEquals(1, store.transactions.get());
        assertSame(record, store.find("_alone").orElseThrow());
    }
}

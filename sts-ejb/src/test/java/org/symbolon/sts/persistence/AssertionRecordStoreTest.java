package org.symbolon.sts.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.token.AssertionRecord;

/** The records of issued SAML assertions, written in one batch and read back by ID, on a migrated H2 database. */
class AssertionRecordStoreTest {

    final JdbcDataSource dataSource = new JdbcDataSource();
    final JpaAssertionRecordRepository repository = new JpaAssertionRecordRepository();
    final LocalDateTime now = UtcClock.now().truncatedTo(ChronoUnit.MILLIS);

    AssertionRecordStoreTest() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sts");
        SchemaMigration.migrate(dataSource);
        repository.dataSource = dataSource;
    }

    AssertionRecord record(String id, List<String> chain, Map<String, Object> act) {
        return new AssertionRecord(id, "portal", "alice@example.org", "https://sp.example.org/metadata",
                now, now.plusMinutes(5), chain, act);
    }

    @Test
    void everyRecordOfABatchIsFoundByItsIdAsItWasWritten() {
        AssertionRecord plain = record("_a1", List.of(), null);
        AssertionRecord exchanged = record("_a2", List.of("3f1c2d9e-0000-4000-8000-000000000001", "_a1"),
                Map.of("sub", "gateway", "act", Map.of("sub", "batch-job")));

        repository.insertAll(List.of(plain, exchanged));

        assertEquals(Optional.of(plain), repository.find("_a1"));
        assertEquals(Optional.of(exchanged), repository.find("_a2"),
                "the chain of tokens it was exchanged from, in order, and the nested actor claim");
        assertEquals(Optional.empty(), repository.find("_a3"));
    }

    @Test
    void aBatchWithAnIdAlreadyStoredFailsSoTheWriterRetriesItsRecordsOneByOne() {
        repository.insertAll(List.of(record("_b1", List.of(), null)));

        PersistenceException e = assertThrows(PersistenceException.class,
                () -> repository.insertAll(List.of(record("_b2", List.of(), null), record("_b1", List.of(), null))));

        assertTrue(e.getMessage().contains("not written"), e.getMessage());
    }
}

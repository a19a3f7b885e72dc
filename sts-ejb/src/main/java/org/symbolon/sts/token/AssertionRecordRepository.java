package org.symbolon.sts.token;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

public interface AssertionRecordRepository {

    /** Stores all the records in one new transaction: all of them, or none when it throws. */
    void insertAll(List<AssertionRecord> records);

    Optional<AssertionRecord> find(String id);

    /**
     * Removes, in a transaction of its own, at most {@code limit} records of assertions that
     * expired before {@code before}; returns how many it removed.
     */
    int deleteExpired(LocalDateTime before, int limit);
}

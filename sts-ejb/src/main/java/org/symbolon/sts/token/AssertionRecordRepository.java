package org.symbolon.sts.token;

import java.util.List;
import java.util.Optional;

public interface AssertionRecordRepository {

    /** Stores all the records in one new transaction: all of them, or none when it throws. */
    void insertAll(List<AssertionRecord> records);

    Optional<AssertionRecord> find(String id);
}

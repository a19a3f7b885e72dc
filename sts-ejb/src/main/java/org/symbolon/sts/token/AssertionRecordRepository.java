package org.symbolon.sts.token;

import java.util.Optional;

public interface AssertionRecordRepository {

    void insert(AssertionRecord record);

    Optional<AssertionRecord> find(String id);
}

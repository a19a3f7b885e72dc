package org.symbolon.sts.authn;

import java.time.LocalDateTime;
import java.util.concurrent.ConcurrentHashMap;

/** A replay cache over an in-memory store standing in for the shared table, for unit tests. */
public final class TestReplayCache {

    private TestReplayCache() {
    }

    public static AssertionReplayCache inMemory() {
        ConcurrentHashMap<String, LocalDateTime> table = new ConcurrentHashMap<>();
        AssertionReplayCache cache = new AssertionReplayCache();
        cache.store = new UsedAssertionStore() {
            @Override
            public boolean recordFirstUse(String id, LocalDateTime expiresAt) {
                return table.putIfAbsent(id, expiresAt) == null;
            }

            @Override
            public int deleteExpired(LocalDateTime now) {
                int before = table.size();
                table.values().removeIf(expiry -> expiry.isBefore(now));
                return before - table.size();
            }
        };
        return cache;
    }
}

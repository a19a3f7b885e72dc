package org.symbolon.sts.users;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Login counters with the database's compare-and-set on the version, for unit tests. */
final class InMemoryLoginCounters implements LoginCounterRepository {

    final ConcurrentHashMap<String, LoginCounter> rows = new ConcurrentHashMap<>();
    /** Runs once before the next replace, to simulate another node writing in between. */
    Runnable beforeNextReplace;

    @Override
    public Optional<LoginCounter> find(String key) {
        return Optional.ofNullable(rows.get(key));
    }

    @Override
    public synchronized boolean replace(LoginCounter expected, LoginCounter next) {
        if (beforeNextReplace != null) {
            Runnable r = beforeNextReplace;
            beforeNextReplace = null;
            r.run();
        }
        LoginCounter stored = rows.get(next.key());
        boolean same = expected == null ? stored == null : stored != null && stored.version() == expected.version();
        if (!same) {
            return false;
        }
        rows.put(next.key(), new LoginCounter(next.key(), next.failures(), next.firstFailureAt(),
                next.lastFailureAt(), next.lockedUntil(), expected == null ? 1 : expected.version() + 1));
        return true;
    }

    @Override
    public void delete(String key) {
        rows.remove(key);
    }

    @Override
    public int deleteStale(Instant before) {
        int size = rows.size();
        rows.values().removeIf(c -> c.lastFailureAt().isBefore(before)
                && (c.lockedUntil() == null || c.lockedUntil().isBefore(before)));
        return size - rows.size();
    }

    int failures(String key) {
        LoginCounter c = rows.get(key);
        return c == null ? 0 : c.failures();
    }
}

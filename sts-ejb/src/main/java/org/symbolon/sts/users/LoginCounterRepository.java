package org.symbolon.sts.users;

import java.time.Instant;
import java.util.Optional;

/** Failed-login counters in the database every node shares. */
public interface LoginCounterRepository {

    Optional<LoginCounter> find(String key);

    /**
     * Stores {@code next} only if the stored counter is still {@code expected} (by version; null: none stored),
     * so two attempts counted at once cannot both win. False when another attempt wrote first.
     */
    boolean replace(LoginCounter expected, LoginCounter next);

    void delete(String key);

    /** Forgets counters whose last failure is before {@code before} and that hold no lock. */
    int deleteStale(Instant before);
}

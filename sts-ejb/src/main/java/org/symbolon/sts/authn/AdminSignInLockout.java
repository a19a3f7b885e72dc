package org.symbolon.sts.authn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks an administrator account for five minutes after ten consecutive failed sign-ins; a
 * success clears the count. An attempt counts as a failure from the moment it starts, so parallel
 * guesses cannot slip past the limit; after a lock ends, one more failure locks again. That allows
 * about 22 guesses an hour per account (10, then one per lock), well under ASVS's 100.
 * <p>
 * Kept in memory on purpose (simple, no schema): counts are per node and forgotten on restart. Only
 * existing accounts are tracked, so the map cannot be grown by guessing usernames.
 */
final class AdminSignInLockout {

    static final int MAX_CONSECUTIVE_FAILURES = 10;
    static final Duration LOCK_DURATION = Duration.ofMinutes(5);

    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    AdminSignInLockout(Clock clock) {
        this.clock = clock;
    }

    /** Starts an attempt for the account; false if it is locked, and then the attempt must fail. */
    boolean tryAttempt(String username) {
        Instant now = clock.instant();
        boolean[] allowed = {false};
        failures.compute(username, (name, previous) -> {
            if (previous != null && previous.lockedAt(now)) {
                return previous;
            }
            allowed[0] = true;
            int count = previous == null ? 1 : previous.count() + 1;
            return new Failures(count, count >= MAX_CONSECUTIVE_FAILURES ? now.plus(LOCK_DURATION) : null);
        });
        return allowed[0];
    }

    /** Ends the run of failures after a successful sign-in. */
    void recordSuccess(String username) {
        failures.remove(username);
    }
}

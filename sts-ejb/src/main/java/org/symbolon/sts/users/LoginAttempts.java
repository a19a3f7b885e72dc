package org.symbolon.sts.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts attempts against the stored counters. An attempt is counted as a failure before its password
 * is checked, by compare-and-set on the counter's version, so parallel guesses on any node cannot slip
 * past a limit; a success then clears the account and takes the address's count back.
 */
final class LoginAttempts {

    /** Conflicting writers beyond this many rounds: refuse the attempt rather than wait. */
    private static final int MAX_ROUNDS = 8;
    private static final Duration BUSY = Duration.ofSeconds(1);

    /** The attempt may go ahead ({@code retryAfter} then says what a failure of it brings) or must not. */
    record Admission(boolean allowed, Duration retryAfter) {
    }

    private final LoginCounterRepository counters;
    private final LoginThrottle throttle;
    private final Clock clock;

    LoginAttempts(LoginCounterRepository counters, LoginThrottle throttle, Clock clock) {
        this.counters = counters;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Starts an attempt: {@code accountKey} is null for an unknown username, which counts for the address only. */
    Admission begin(String accountKey, String addressKey) {
        Instant now = clock.instant();
        Duration wait = throttle.addressWait(counters.find(addressKey).orElse(null), now);
        if (wait != null) {
            return new Admission(false, wait);
        }
        Duration afterFailure = null;
        if (accountKey != null) {
            Count account = count(accountKey, now, true);
            if (account.refusal() != null) {
                return new Admission(false, account.refusal());
            }
            afterFailure = throttle.accountWait(account.counted(), now);
        }
        Count address = count(addressKey, now, false);
        return address.refusal() != null ? new Admission(false, address.refusal())
                : new Admission(true, afterFailure);
    }

    void succeeded(String accountKey, String addressKey) {
        counters.delete(accountKey);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            LoginCounter current = counters.find(addressKey).orElse(null);
            if (current == null || current.failures() == 0
                    || counters.replace(current, throttle.addressSuccess(current))) {
                return;
            }
        }
    }

    private record Count(LoginCounter counted, Duration refusal) {
    }

    private Count count(String key, Instant now, boolean account) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            LoginCounter current = counters.find(key).orElse(null);
            Duration wait = account ? throttle.accountWait(current, now) : throttle.addressWait(current, now);
            if (wait != null) {
                return new Count(null, wait);
            }
            LoginCounter next = account ? throttle.accountFailure(key, current, now)
                    : throttle.addressFailure(key, current, now);
            if (counters.replace(current, next)) {
                return new Count(next, null);
            }
        }
        return new Count(null, BUSY);
    }
}

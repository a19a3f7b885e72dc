package org.symbolon.sts.users;

import java.time.Duration;
import java.time.Instant;

/**
 * The policy, without storage: after the free attempts each further one waits 2^(n-free) seconds
 * after the last failure (capped), after the lockout count the account is locked, and a client
 * address gets a fixed number of failures per window.
 */
final class LoginThrottle {

    private final LoginLimits limits;

    LoginThrottle(LoginLimits limits) {
        this.limits = limits;
    }

    /** How long the account must wait before its next attempt; null when it may try now. */
    Duration accountWait(LoginCounter c, Instant now) {
        if (c == null || forgotten(c, now)) {
            return null;
        }
        if (c.lockedUntil() != null && now.isBefore(c.lockedUntil())) {
            return Duration.between(now, c.lockedUntil());
        }
        if (c.failures() < limits.freeAttempts()) {
            return null;
        }
        Instant allowedAt = c.lastFailureAt().plus(delayAfter(c.failures()));
        return now.isBefore(allowedAt) ? Duration.between(now, allowedAt) : null;
    }

    /** How long the client address must wait; null when it may try now. */
    Duration addressWait(LoginCounter c, Instant now) {
        if (c == null || windowOver(c, now) || c.failures() < limits.addressMaxFailures()) {
            return null;
        }
        return Duration.between(now, c.firstFailureAt().plus(limits.addressWindow()));
    }

    LoginCounter accountFailure(String key, LoginCounter previous, Instant now) {
        boolean fresh = previous == null || forgotten(previous, now);
        int failures = fresh ? 1 : previous.failures() + 1;
        // once past the lockout count every further failure locks again: ~one guess per lock period
        Instant lockedUntil = failures >= limits.lockoutFailures() ? now.plus(limits.lockoutDuration()) : null;
        return new LoginCounter(key, failures, fresh ? now : previous.firstFailureAt(), now, lockedUntil,
                previous == null ? 0 : previous.version());
    }

    LoginCounter addressFailure(String key, LoginCounter previous, Instant now) {
        boolean fresh = previous == null || windowOver(previous, now);
        return new LoginCounter(key, fresh ? 1 : previous.failures() + 1, fresh ? now : previous.firstFailureAt(),
                now, null, previous == null ? 0 : previous.version());
    }

    /** A success from the address takes back the failure counted when its attempt began. */
    LoginCounter addressSuccess(LoginCounter previous) {
        return new LoginCounter(previous.key(), Math.max(0, previous.failures() - 1), previous.firstFailureAt(),
                previous.lastFailureAt(), null, previous.version());
    }

    /** Counters older than this hold nothing any more and may be deleted. */
    Instant staleBefore(Instant now) {
        Duration longest = limits.failureReset().compareTo(limits.addressWindow()) > 0
                ? limits.failureReset() : limits.addressWindow();
        return now.minus(longest);
    }

    Duration delayAfter(int failures) {
        int exponent = Math.min(30, failures - limits.freeAttempts());
        long seconds = Math.min(1L << exponent, limits.maxDelay().toSeconds());
        return Duration.ofSeconds(seconds);
    }

    private boolean forgotten(LoginCounter c, Instant now) {
        boolean locked = c.lockedUntil() != null && now.isBefore(c.lockedUntil());
        return !locked && !now.isBefore(c.lastFailureAt().plus(limits.failureReset()));
    }

    private boolean windowOver(LoginCounter c, Instant now) {
        return !now.isBefore(c.firstFailureAt().plus(limits.addressWindow()));
    }
}

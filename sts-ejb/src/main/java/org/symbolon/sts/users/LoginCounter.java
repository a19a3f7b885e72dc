package org.symbolon.sts.users;

import java.time.Instant;

/**
 * A run of failed logins under one key (an account or a client address). {@code version} is the
 * stored row's, for compare-and-set; a counter that was never stored has version 0.
 */
public record LoginCounter(String key, int failures, Instant firstFailureAt, Instant lastFailureAt,
        Instant lockedUntil, long version) {
}

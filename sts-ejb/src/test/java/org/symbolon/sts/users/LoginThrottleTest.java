package org.symbolon.sts.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new LoginLimits(3, Duration.ofSeconds(60), 10,
            Duration.ofSeconds(900), 50, Duration.ofSeconds(600), Duration.ofHours(24)));

    @Test
    void delayDoublesFromOneSecondAfterTheFreeAttemptsAndIsCapped() {
        assertEquals(Duration.ofSeconds(1), throttle.delayAfter(3));
        assertEquals(Duration.ofSeconds(2), throttle.delayAfter(4));
        assertEquals(Duration.ofSeconds(32), throttle.delayAfter(8));
        assertEquals(Duration.ofSeconds(60), throttle.delayAfter(9));
        assertEquals(Duration.ofSeconds(60), throttle.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void theTenthFailureLocksForTheLockoutDuration() {
        LoginCounter nine = new LoginCounter("k", 9, T0, T0, null, 9);
        LoginCounter ten = throttle.accountFailure("k", nine, T0.plusSeconds(120));
        assertEquals(T0.plusSeconds(120 + 900), ten.lockedUntil());
        assertEquals(Duration.ofSeconds(900), throttle.accountWait(ten, T0.plusSeconds(120)));
        assertNull(throttle.accountWait(ten, T0.plusSeconds(120 + 900)));
    }

    @Test
    void theAddressWindowStartsAtItsFirstFailureAndStartsAfreshAfterwards() {
        LoginCounter full = new LoginCounter("a", 50, T0, T0.plusSeconds(30), null, 50);
        assertEquals(Duration.ofSeconds(500), throttle.addressWait(full, T0.plusSeconds(100)));
        assertNull(throttle.addressWait(full, T0.plusSeconds(600)));
        assertEquals(1, throttle.addressFailure("a", full, T0.plusSeconds(600)).failures());
    }

    @Test
    void aLockOutlivesTheResetPeriod() {
        LoginThrottle shortReset = new LoginThrottle(new LoginLimits(3, Duration.ofSeconds(60), 10,
                Duration.ofHours(2), 50, Duration.ofSeconds(600), Duration.ofHours(1)));
        LoginCounter locked = new LoginCounter("k", 10, T0, T0, T0.plus(Duration.ofHours(2)), 10);
        assertEquals(Duration.ofMinutes(30), shortReset.accountWait(locked, T0.plus(Duration.ofMinutes(90))));
    }
}

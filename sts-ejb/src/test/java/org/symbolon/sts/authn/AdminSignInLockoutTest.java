package org.symbolon.sts.authn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AdminSignInLockoutTest {

    private final MovableClock clock = new MovableClock();
    private final AdminSignInLockout lockout = new AdminSignInLockout(clock);

    @Test
    void tenFailedAttemptsAreAllowedAndTheEleventhIsRefused() {
        for (int i = 0; i < 10; i++) {
            assertTrue(lockout.tryAttempt("admin"), "attempt " + (i + 1));
        }

        assertFalse(lockout.tryAttempt("admin"));
    }

    @Test
    void lockEndsAfterFiveMinutes() {
        failTenTimes("admin");

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertFalse(lockout.tryAttempt("admin"));

        clock.advance(Duration.ofSeconds(1));
        assertTrue(lockout.tryAttempt("admin"));
    }

    @Test
    void oneMoreFailureAfterTheLockEndsLocksAgain() {
        failTenTimes("admin");
        clock.advance(Duration.ofMinutes(5));

        assertTrue(lockout.tryAttempt("admin"));
        assertFalse(lockout.tryAttempt("admin"));
    }

    @Test
    void successClearsTheRunOfFailures() {
        for (int i = 0; i < 9; i++) {
            lockout.tryAttempt("admin");
        }
        lockout.recordSuccess("admin");

        for (int i = 0; i < 10; i++) {
            assertTrue(lockout.tryAttempt("admin"));
        }
    }

    @Test
    void accountsAreLockedSeparately() {
        failTenTimes("admin");

        assertTrue(lockout.tryAttempt("operator"));
    }

    private void failTenTimes(String username) {
        for (int i = 0; i < 10; i++) {
            lockout.tryAttempt(username);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-26T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

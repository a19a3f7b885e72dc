package org.symbolon.sts.authn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.testing.TestClock;

class AdminSignInLockoutTest {

    private final TestClock clock = new TestClock();
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
}

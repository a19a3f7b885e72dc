package org.symbolon.sts.users;

import java.time.Duration;
import org.symbolon.sts.config.StsConfig;

/** The brute-force limits of password login (see the STS_LOGIN_* settings). */
record LoginLimits(int freeAttempts, Duration maxDelay, int lockoutFailures, Duration lockoutDuration,
        int addressMaxFailures, Duration addressWindow, Duration failureReset) {

    static LoginLimits from(StsConfig config) {
        return new LoginLimits(config.loginFreeAttempts(), config.loginMaxDelay(), config.loginLockoutFailures(),
                config.loginLockoutDuration(), config.loginAddressMaxFailures(), config.loginAddressWindow(),
                config.loginFailureReset());
    }
}

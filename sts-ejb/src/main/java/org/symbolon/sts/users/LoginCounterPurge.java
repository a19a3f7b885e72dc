package org.symbolon.sts.users;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.symbolon.sts.config.StsConfig;

/** Deletes failed-login counters that no longer hold anything, so the table stays small. */
@Singleton
public class LoginCounterPurge {

    private static final Logger LOG = Logger.getLogger(LoginCounterPurge.class.getName());

    @Inject
    LoginCounterRepository counters;

    @Inject
    StsConfig config;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void purge() {
        try {
            counters.deleteStale(new LoginThrottle(LoginLimits.from(config)).staleBefore(Instant.now()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stale login counters could not be deleted; next run tries again: {0}",
                    e.toString());
        }
    }
}

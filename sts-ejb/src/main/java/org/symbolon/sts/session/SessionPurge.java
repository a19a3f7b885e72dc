package org.symbolon.sts.session;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Ends expired sessions (telling their applications) and removes abandoned logins every ten minutes. */
@Singleton
@Startup
public class SessionPurge {

    private static final Logger LOG = Logger.getLogger(SessionPurge.class.getName());
    private static final long EVERY_MILLIS = 600_000;

    @Inject
    SsoSessions sessions;

    @Inject
    PendingLoginRepository logins;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig("session-purge", false));
    }

    @Timeout
    void purge() {
        try {
            Instant now = Instant.now();
            sessions.endExpired();
            logins.deleteExpired(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expired sessions could not be removed; they stay refused: {0}", e.toString());
        }
    }
}

package org.symbolon.sts.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the single sign-on session and the login that starts it. */
@ApplicationScoped
public class SessionConfig {

    @Inject
    @ConfigProperty(name = "sts.session.idle-timeout", defaultValue = "1800")
    long idleTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "sts.session.max-lifetime", defaultValue = "36000")
    long maxLifetimeSeconds;

    @Inject
    @ConfigProperty(name = "sts.session.secure-cookie", defaultValue = "true")
    boolean secureCookie;

    @Inject
    @ConfigProperty(name = "sts.login.ticket-lifetime", defaultValue = "1800")
    long ticketLifetimeSeconds;

    /** A session unused this long ends. */
    public Duration idleTimeout() {
        return Duration.ofSeconds(Math.max(60, idleTimeoutSeconds));
    }

    /** A session ends this long after login however busy it is (absolute timeout). */
    public Duration maxLifetime() {
        return Duration.ofSeconds(Math.max(60, maxLifetimeSeconds));
    }

    /** False only for plain-HTTP development: the cookie then loses Secure and its __Host- prefix. */
    public boolean secureCookie() {
        return secureCookie;
    }

    /** How long a login started by an application may take before the user must start again. */
    public Duration ticketLifetime() {
        return Duration.ofSeconds(Math.max(60, ticketLifetimeSeconds));
    }
}

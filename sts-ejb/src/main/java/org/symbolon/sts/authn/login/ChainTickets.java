package org.symbolon.sts.authn.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.symbolon.sts.session.PendingLogin;
import org.symbolon.sts.session.PendingLogins;

/**
 * Sign-ins between steps, parked with the other pending logins under a single-use ticket: each passed
 * step takes its ticket for good, and the next step gets a new one, so no step can be answered twice.
 */
@ApplicationScoped
public class ChainTickets {

    /** Marks a parked sign-in; never a page an application's request resumes at. */
    static final String MARKER = "/login/step";

    /** A parked sign-in and the application it is for (null without one), for the step's page. */
    public record Parked(String ticket, ChainState state, String relyingPartyName) {
    }

    @Inject
    PendingLogins pending;

    public String park(ChainState state, String relyingPartyName) {
        return pending.begin(MARKER, state.toParameters(), false, null, relyingPartyName);
    }

    public Optional<Parked> find(String ticket) {
        return pending.find(ticket).filter(ChainTickets::isChain)
                .map(p -> new Parked(ticket, ChainState.fromParameters(p.parameters()), p.relyingPartyName()));
    }

    /** True for the one caller, on any node, that took it. */
    public boolean take(String ticket) {
        return pending.take(ticket).filter(ChainTickets::isChain).isPresent();
    }

    /** A sign-in between steps is no application request: the login form refuses its ticket. */
    public static boolean isChain(PendingLogin login) {
        return MARKER.equals(login.resumePath());
    }
}

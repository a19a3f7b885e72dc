package org.symbolon.sts.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.session.PendingLogin;
import org.symbolon.sts.session.PendingLogins;

/**
 * A logout chain between hops, found by its ticket (the RelayState we sent, also kept in the browser), so
 * that an SP which never answers, or answers with something we refuse, does not trap the user: the chain can
 * be continued without it, that SP counts as failed, and the initiator still gets its (partial) outcome.
 */
@ApplicationScoped
public class LogoutChain {

    @Inject
    PendingLogins logins;

    @Inject
    LogoutSender sender;

    @Inject
    SamlConfig config;

    @Inject
    AuditLog audit;

    /** A chain taken out of its parking, and whether the SP it waited for took too long to answer. */
    record Parked(LogoutProgress progress, boolean stale) {
    }

    /**
     * What the page of a chain in progress shows.
     *
     * @param waitingFor   the display name of the SP whose answer is awaited
     * @param stale        whether that SP has had longer than the logout response timeout
     * @param stillToTell  how many SPs come after it
     */
    public record Status(String waitingFor, long waitedSeconds, boolean stale, int stillToTell) {
    }

    /** The chain parked under this ticket, still unfinished; empty when it is over, expired or unknown. */
    public Optional<Status> status(String ticket) {
        return parked(ticket).map(p -> {
            LogoutProgress progress = LogoutProgress.fromParameters(p.parameters());
            String name = p.relyingPartyName() != null ? p.relyingPartyName() : progress.awaitingSp();
            return new Status(name, Duration.between(p.createdAt(), Instant.now()).toSeconds(), stale(p),
                    progress.remaining().size());
        });
    }

    /** Takes the chain out for good (only one caller on any node gets it). */
    Optional<Parked> take(String ticket) {
        return parked(ticket).flatMap(p -> logins.take(ticket))
                .map(p -> new Parked(LogoutProgress.fromParameters(p.parameters()), stale(p)));
    }

    /** The user gave up waiting, or the SP's answer was refused: the SP counts as failed, the chain goes on. */
    public Optional<SingleLogout.Outcome> skip(String ticket, String reason) {
        return take(ticket).map(parked -> {
            audit.later("anonymous", "slo.saml", String.valueOf(parked.progress().awaitingSp()), "failure",
                    Map.of("reason", reason));
            return go(parked.progress().answered(false));
        });
    }

    /** The next hop of the chain, or its end. */
    SingleLogout.Outcome go(LogoutProgress progress) {
        return outcome(sender.next(progress), false);
    }

    static SingleLogout.Outcome outcome(LogoutSender.Next next, boolean sessionEnded) {
        return new SingleLogout.Outcome(next.step(), sessionEnded, next.ticket(), next.ticket() == null);
    }

    private Optional<PendingLogin> parked(String ticket) {
        return ticket == null ? Optional.empty()
                : logins.find(ticket).filter(p -> SingleLogout.PATH.equals(p.resumePath()));
    }

    private boolean stale(PendingLogin parked) {
        return parked.createdAt().plus(config.logoutResponseTimeout()).isBefore(Instant.now());
    }
}

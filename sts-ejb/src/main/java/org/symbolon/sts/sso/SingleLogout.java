package org.symbolon.sts.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.session.SessionParticipant;
import org.symbolon.sts.session.SsoSession;
import org.symbolon.sts.session.SsoSessions;
import org.symbolon.sts.token.saml.RedirectBinding;
import org.symbolon.sts.token.saml.SamlRefusal;
import org.symbolon.sts.trust.ServiceProvider;

/**
 * SAML Single Logout as the identity provider (SAML profiles 4.4), front-channel: a LogoutRequest from a
 * participating SP (or our own logout) ends the SSO session at once, which also ends its OIDC grants; then
 * the browser carries a signed LogoutRequest to every other SAML participant with a logout endpoint, one
 * after another, and finally our LogoutResponse to the SP that asked (or goes to a local page).
 */
@ApplicationScoped
public class SingleLogout {

    public static final String PATH = "/saml2/slo";
    public static final String CONTINUE_PATH = "/saml2/slo/continue";
    static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
    static final String PARTIAL_LOGOUT = "urn:oasis:names:tc:SAML:2.0:status:PartialLogout";
    static final String UNKNOWN_PRINCIPAL = "urn:oasis:names:tc:SAML:2.0:status:UnknownPrincipal";
    static final String TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";

    @Inject
    LogoutRequestReader reader;

    @Inject
    SsoSessions sessions;

    @Inject
    LogoutSender sender;

    @Inject
    LogoutChain chain;

    @Inject
    AuditLog audit;

    /**
     * What the browser does next, and whether its session ended just now (so its cookie can go).
     *
     * @param chainTicket the ticket a logout chain waits under while an SP is asked (kept in the browser, so the
     *                    user can continue without that SP), or null
     * @param chainOver   whether a logout chain finished with this step (the browser's ticket can go)
     */
    public record Outcome(SsoStep step, boolean sessionEnded, String chainTicket, boolean chainOver) {
        Outcome(SsoStep step, boolean sessionEnded) {
            this(step, sessionEnded, null, false);
        }
    }

    /** A LogoutRequest or, coming back from an SP we logged out, a LogoutResponse, by HTTP-Redirect. */
    public Outcome redirectBinding(String rawQuery) {
        boolean response = RedirectBinding.carriesResponse(rawQuery);
        try {
            LogoutRequestReader.Verified verified = reader.readRedirect(rawQuery, response);
            return response ? answered(verified) : requested(verified);
        } catch (SamlRefusal e) {
            return response ? refusedAnswer(e, RedirectBinding.relayState(rawQuery)) : new Outcome(refused(e, false),
                    false);
        }
    }

    public Outcome postBinding(String samlRequest, String samlResponse, String relayState) {
        boolean response = samlResponse != null && samlRequest == null;
        try {
            LogoutRequestReader.Verified verified = reader.readPost(response ? samlResponse : samlRequest, relayState,
                    response);
            return response ? answered(verified) : requested(verified);
        } catch (SamlRefusal e) {
            return response ? refusedAnswer(e, relayState) : new Outcome(refused(e, false), false);
        }
    }

    /** The user continues a chain whose current SP has not answered: it counts as failed, the others are told. */
    public Outcome continueChain(String chainTicket) {
        return chain.skip(chainTicket, "the user continued without this service provider's LogoutResponse")
                .orElseGet(() -> new Outcome(new SsoStep.Page(200, "Signed out", "You are signed out.", null), false,
                        null, true));
    }

    /**
     * Our own logout (for the OIDC end-session endpoint): every SAML participant, then {@code then}. Without a
     * session but with an unfinished chain ({@code chainTicket}), the browser goes to that chain's page.
     */
    public Outcome start(String then, String cookie, String chainTicket) {
        if (then == null || !then.startsWith("/") || then.startsWith("//") || then.contains("\\")
                || then.length() > 512 || then.chars().anyMatch(Character::isISOControl)) {
            return new Outcome(new SsoStep.Page(400, "Logout refused", "The page to return to must be a local path",
                    null), false);
        }
        Optional<SsoSession> session = sessions.find(cookie);
        if (session.isEmpty()) {
            return new Outcome(new SsoStep.GoTo(chain.status(chainTicket).isPresent() ? CONTINUE_PATH : then), true);
        }
        List<SessionParticipant> others = end(session.get(), null);
        return LogoutChain.outcome(sender.next(new LogoutProgress(null, null, null, then, others, null, null, false)),
                true);
    }

    private Outcome requested(LogoutRequestReader.Verified verified) {
        ServiceProvider sp = verified.serviceProvider();
        LogoutRequestContext request;
        try {
            request = reader.request(verified);
        } catch (SamlRefusal e) {
            audit.later("anonymous", "slo.saml", sp.entityId(), "failure", Map.of("reason", e.getMessage()));
            return new Outcome(sender.reply(sp, verified.message().id(), verified.relayState(),
                    LogoutSender.REQUESTER, LogoutSender.REQUEST_DENIED), false);
        }
        List<SsoSession> named = named(sp, request);
        if (named.isEmpty()) {
            audit.later("anonymous", "slo.saml", sp.entityId(), "failure",
                    Map.of("reason", "no live session with this NameID and SessionIndex"));
            return new Outcome(sender.reply(sp, request.requestId(), request.relayState(), LogoutSender.REQUESTER,
                    UNKNOWN_PRINCIPAL), false);
        }
        List<SessionParticipant> others = named.stream().flatMap(s -> end(s, sp.entityId()).stream()).distinct()
                .toList();
        return LogoutChain.outcome(sender.next(new LogoutProgress(sp.entityId(), request.requestId(),
                request.relayState(), null, others, null, null, false)), true);
    }

    /**
     * The sessions the request names: by SessionIndex, or without one every session of that NameID at that SP
     * (SAML core 3.7.3.2).
     */
    private List<SsoSession> named(ServiceProvider sp, LogoutRequestContext request) {
        if (request.sessionIndexes().isEmpty()) {
            return sessions.findByParticipantNameId(SessionParticipant.SAML2, sp.entityId(), request.nameId());
        }
        return request.sessionIndexes().stream()
                .map(index -> sessions.findByParticipant(SessionParticipant.SAML2, sp.entityId(), index))
                .flatMap(Optional::stream).findFirst()
                .filter(s -> sessions.participants(s.id()).stream().anyMatch(p -> matches(p, sp, request)))
                .stream().toList();
    }

    /**
     * An SP's LogoutResponse: the chain goes on whatever it says, noting whether it confirmed in time (one that
     * comes after the logout response timeout counts as a failure).
     */
    private Outcome answered(LogoutRequestReader.Verified verified) {
        Optional<LogoutChain.Parked> parked = chain.take(verified.relayState());
        if (parked.isEmpty()) {
            return new Outcome(finishedOrExpired(), false);
        }
        LogoutProgress progress = parked.get().progress();
        boolean confirmed = !parked.get().stale()
                && verified.serviceProvider().entityId().equals(progress.awaitingSp())
                && verified.message().inResponseTo() != null
                && verified.message().inResponseTo().equals(progress.awaitingId())
                && SUCCESS.equals(verified.message().statusCode()) && wellAddressed(verified);
        return chain.go(progress.answered(confirmed));
    }

    /** A LogoutResponse we refuse (bad signature, broken XML...) does not stop its chain: that SP failed, the rest go on. */
    private Outcome refusedAnswer(SamlRefusal refusal, String relayState) {
        return chain.skip(relayState, "its LogoutResponse " + refusal.getMessage())
                .orElseGet(() -> new Outcome(refused(refusal, true), false));
    }

    private static SsoStep finishedOrExpired() {
        return new SsoStep.Page(400, "Logout", "This logout has already finished or has expired.", "/");
    }

    private boolean wellAddressed(LogoutRequestReader.Verified verified) {
        try {
            reader.checkCommon(verified.message());
            return true;
        } catch (SamlRefusal e) {
            return false;
        }
    }

    /** Ends the session; returns the other SAML participants to be told. */
    private List<SessionParticipant> end(SsoSession session, String initiator) {
        List<SessionParticipant> participants = sessions.participants(session.id());
        sessions.end(session.id());
        audit.later(session.username(), "slo.saml", initiator == null ? "symbolon" : initiator, "success",
                Map.of("session", session.id(), "participants", participants.size()));
        return participants.stream().filter(p -> SessionParticipant.SAML2.equals(p.protocol()))
                .filter(p -> !p.relyingParty().equals(initiator)).toList();
    }

    /** The participant the request names: same SP, one of its SessionIndexes, and its NameID (a transient one may differ). */
    private static boolean matches(SessionParticipant p, ServiceProvider sp, LogoutRequestContext request) {
        return SessionParticipant.SAML2.equals(p.protocol()) && sp.entityId().equals(p.relyingParty())
                && request.sessionIndexes().contains(p.sessionIndex())
                && (request.nameId().equals(p.nameId()) || TRANSIENT.equals(p.nameIdFormat()));
    }

    private SsoStep refused(SamlRefusal refusal, boolean response) {
        audit.later("anonymous", "slo.saml", "unknown", "failure", Map.of("reason", refusal.getMessage()));
        return new SsoStep.Page(400, response ? "Logout response refused" : "Logout request refused",
                "The SAML " + (response ? "logout response " : "logout request ") + refusal.getMessage(),
                response ? "/" : null);
    }

    static String newId() {
        return "_" + UUID.randomUUID();
    }
}

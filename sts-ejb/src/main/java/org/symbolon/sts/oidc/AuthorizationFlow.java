package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.session.PendingLogin;
import org.symbolon.sts.session.PendingLogins;
import org.symbolon.sts.session.SessionParticipant;
import org.symbolon.sts.session.SsoSession;
import org.symbolon.sts.session.SsoSessions;

/**
 * The authorization endpoint's decisions: a usable session gets a code at once (single sign-on);
 * otherwise the request is parked and the browser sent to the login page, which sends it back to
 * {@link #RESUME_PATH} once the user has signed in.
 */
@ApplicationScoped
public class AuthorizationFlow {

    public static final String RESUME_PATH = "/oauth2/authorize/resume";

    @Inject
    AuthorizationRequestReader reader;

    @Inject
    AuthorizationCodes codes;

    @Inject
    SsoSessions sessions;

    @Inject
    PendingLogins pendingLogins;

    @Inject
    UserClaimsSource users;

    @Inject
    StsConfig config;

    /** An authorization request as it arrives, with the browser's session if it has one. */
    public AuthorizationStep authorize(Map<String, List<String>> parameters, Optional<SsoSession> session) {
        AuthorizationOutcome outcome = reader.read(parameters);
        if (outcome instanceof AuthorizationRefusal refusal) {
            return refused(refusal);
        }
        AuthorizationRequest request = (AuthorizationRequest) outcome;
        Instant now = Instant.now();
        Optional<SsoSession> usable = session.filter(s -> !request.promptLogin() && fresh(request, s, now));
        if (usable.isPresent()) {
            return issue(request, usable.get());
        }
        if (request.promptNone()) {
            return refused(refusal(request, "login_required", "The user is not signed in"));
        }
        boolean force = request.promptLogin() || request.maxAge() != null;
        String ticket;
        try {
            ticket = pendingLogins.begin(RESUME_PATH, single(parameters), force, request.loginHint(),
                    request.client().name());
        } catch (IllegalArgumentException tooLarge) {
            return refused(refusal(request, "invalid_request", "The authorization request is too large"));
        }
        return AuthorizationStep.redirect(config.issuer() + "/login?ticket="
                + URLEncoder.encode(ticket, StandardCharsets.UTF_8));
    }

    /** The browser is back from the login page: the parked request gets its code if the sign-in counts. */
    public AuthorizationStep resume(String ticket, Optional<SsoSession> session) {
        Optional<PendingLogin> pending = ticket == null ? Optional.empty() : pendingLogins.take(ticket);
        if (pending.isEmpty() || !RESUME_PATH.equals(pending.get().resumePath())) {
            return AuthorizationStep.show(AuthorizationRefusal.page("invalid_request",
                    "This sign-in has expired or was already completed; start again from the application"));
        }
        PendingLogin login = pending.get();
        AuthorizationOutcome outcome = reader.read(multi(login.parameters()));
        if (outcome instanceof AuthorizationRefusal refusal) {
            return refused(refusal);
        }
        AuthorizationRequest request = (AuthorizationRequest) outcome;
        Instant now = Instant.now();
        // a forced sign-in counts only if it happened after the request was parked
        Instant notBefore = login.createdAt().truncatedTo(ChronoUnit.SECONDS);
        Optional<SsoSession> usable = session.filter(s -> login.forceAuthn()
                ? s.expiresAt().isAfter(now) && !s.authTime().isBefore(notBefore) : fresh(request, s, now));
        return usable.map(s -> issue(request, s))
                .orElseGet(() -> refused(refusal(request, "login_required", "The user did not sign in")));
    }

    private AuthorizationStep issue(AuthorizationRequest request, SsoSession session) {
        Optional<Map<String, Object>> claims = users.claimsOf(session.userId());
        if (claims.isEmpty()) {
            return refused(refusal(request, "login_required", "The signed-in user is no longer active"));
        }
        String code = codes.issue(request, session, claims.get());
        sessions.join(session.id(), new SessionParticipant(SessionParticipant.OIDC, request.client().clientId(), null,
                null, null));
        return AuthorizationStep.redirect(AuthorizationResponseUri.of(request.redirectUri()).add("code", code)
                .add("state", request.state()).add("iss", config.issuer()).build());
    }

    private AuthorizationStep refused(AuthorizationRefusal refusal) {
        return refusal.shownAsPage() ? AuthorizationStep.show(refusal)
                : AuthorizationStep.redirect(refusal.location(config.issuer()));
    }

    private static AuthorizationRefusal refusal(AuthorizationRequest request, String error, String description) {
        return new AuthorizationRefusal(error, description, request.redirectUri(), request.state());
    }

    /** Unexpired, and authenticated recently enough for max_age. */
    private static boolean fresh(AuthorizationRequest request, SsoSession session, Instant now) {
        return session.expiresAt().isAfter(now)
                && (request.maxAge() == null || !session.authTime().plusSeconds(request.maxAge()).isBefore(now));
    }

    /** Repeated parameters were refused by the reader, so one value each is all there is. */
    private static Map<String, String> single(Map<String, List<String>> parameters) {
        Map<String, String> single = new LinkedHashMap<>();
        parameters.forEach((k, v) -> {
            if (!v.isEmpty()) {
                single.put(k, v.get(0));
            }
        });
        return single;
    }

    private static Map<String, List<String>> multi(Map<String, String> parameters) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        parameters.forEach((k, v) -> multi.put(k, List.of(v)));
        return multi;
    }
}

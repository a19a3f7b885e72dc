package org.symbolon.sts.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.session.PendingLogin;
import org.symbolon.sts.session.PendingLogins;
import org.symbolon.sts.session.SsoSession;
import org.symbolon.sts.session.SsoSessions;
import org.symbolon.sts.token.saml.AcsEndpoint;
import org.symbolon.sts.trust.ServiceProvider;
import org.symbolon.sts.trust.ServiceProviderDirectory;

/**
 * The Web SSO profile as the identity provider plays it: a request read by a binding is answered at
 * once when the browser has a session that suits it, refused with NoPassive when the SP forbade a
 * prompt, and otherwise parked while the user signs in. A request that came by POST is always parked
 * and resumed by a GET of ours: the cross-site POST carries no SameSite=Lax session cookie.
 */
@ApplicationScoped
public class SingleSignOn {

    public static final String RESUME_PATH = "/saml2/sso/resume";
    static final String POST_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";

    @Inject
    AuthnRequestReader reader;

    @Inject
    ServiceProviderDirectory directory;

    @Inject
    SsoSessions sessions;

    @Inject
    PendingLogins logins;

    @Inject
    SsoAnswer answer;

    @Inject
    AuditLog audit;

    /** An AuthnRequest by HTTP-Redirect; {@code cookie} is the session cookie's value or null. */
    public SsoStep redirectBinding(String rawQuery, String cookie) {
        try {
            AuthnRequestContext context = reader.readRedirect(rawQuery);
            return postAcs(context.acs()) ? begin(SsoRequest.of(context), context.serviceProvider(), cookie)
                    : unsupportedAcs();
        } catch (AuthnRequestRefusal e) {
            return refused(e);
        }
    }

    /** An AuthnRequest by HTTP-POST: parked, then resumed by our own GET, which carries the session cookie. */
    public SsoStep postBinding(String samlRequest, String relayState) {
        try {
            AuthnRequestContext context = reader.readPost(samlRequest, relayState);
            if (!postAcs(context.acs())) {
                return unsupportedAcs();
            }
            SsoRequest request = SsoRequest.of(context);
            if (!AuthnContextComparison.reachable(request.requestedContext())) {
                return unreachableContext(request);
            }
            return new SsoStep.GoTo(RESUME_PATH + "?ticket=" + park(request, context.serviceProvider()));
        } catch (AuthnRequestRefusal e) {
            return refused(e);
        }
    }

    /** IdP-initiated SSO: an unsolicited Response to the SP's default POST ACS. */
    public SsoStep initiate(String spReference, String relayState, String cookie) {
        Optional<ServiceProvider> found = spReference == null ? Optional.empty()
                : directory.findByEntityIdOrId(spReference).filter(ServiceProvider::enabled);
        if (found.isEmpty()) {
            return SsoStep.page("There is no enabled service provider " + (spReference == null ? "named in the link"
                    : "'" + abbreviated(spReference) + "'") + " to sign in to");
        }
        if (relayState != null && relayState.getBytes(StandardCharsets.UTF_8).length > 80) {
            return SsoStep.page("The RelayState is longer than 80 bytes");
        }
        ServiceProvider sp = found.get();
        Optional<AcsEndpoint> acs = Optional.of(sp.metadata().defaultAcs()).filter(SingleSignOn::postAcs)
                .or(() -> sp.metadata().assertionConsumerServices().stream().filter(SingleSignOn::postAcs).findFirst());
        if (acs.isEmpty()) {
            return unsupportedAcs();
        }
        return begin(new SsoRequest(null, sp.entityId(), acs.get().location(), null, relayState, false, false), sp,
                cookie);
    }

    /** Back from the login page (or from a POSTed request): answer now, or sign in first. */
    public SsoStep resume(String ticket, String cookie) {
        Optional<PendingLogin> pending = logins.find(ticket).filter(p -> RESUME_PATH.equals(p.resumePath()));
        SsoRequest request = pending.map(p -> SsoRequest.fromParameters(p.parameters())).orElse(null);
        if (request == null) {
            return SsoStep.page("This sign-in link has expired or was already used; return to the application"
                    + " and sign in again");
        }
        ServiceProvider sp = directory.findByEntityId(request.spEntityId()).filter(ServiceProvider::enabled)
                .orElse(null);
        if (sp == null) {
            return SsoStep.page("The service provider is no longer enabled");
        }
        PendingLogin login = pending.get();
        Optional<SsoSession> session = sessions.find(cookie)
                .filter(s -> !login.forceAuthn() || !s.authTime().isBefore(login.createdAt()));
        if (session.isEmpty() && !request.isPassive()) {
            return new SsoStep.GoTo("/login?ticket=" + ticket);
        }
        if (logins.take(ticket).isEmpty()) {
            return SsoStep.page("This sign-in link was already used; return to the application and sign in again");
        }
        return new SsoStep.Deliver(session.isPresent() ? answer.answer(request, sp, session.get())
                : answer.refuse(request, null, SsoRefusal.noPassive("The user is not signed in")));
    }

    private SsoStep begin(SsoRequest request, ServiceProvider sp, String cookie) {
        if (!AuthnContextComparison.reachable(request.requestedContext())) {
            return unreachableContext(request);
        }
        if (!request.forceAuthn()) {
            Optional<SsoSession> session = sessions.find(cookie);
            if (session.isPresent()) {
                return new SsoStep.Deliver(answer.answer(request, sp, session.get()));
            }
        }
        if (request.isPassive()) {
            return new SsoStep.Deliver(answer.refuse(request, null, SsoRefusal.noPassive(request.forceAuthn()
                    ? "ForceAuthn and IsPassive cannot both be honoured" : "The user is not signed in")));
        }
        return new SsoStep.GoTo("/login?ticket=" + park(request, sp));
    }

    /** A context no login here reaches (password, or password and TOTP) is refused before anyone is asked for one. */
    private SsoStep unreachableContext(SsoRequest request) {
        return new SsoStep.Deliver(answer.refuse(request, null, SsoRefusal.noAuthnContext(
                AuthnContextComparison.refusal("PasswordProtectedTransport or TimeSyncToken",
                        request.requestedContext()))));
    }

    private String park(SsoRequest request, ServiceProvider sp) {
        return logins.begin(RESUME_PATH, request.toParameters(), request.forceAuthn(), null,
                sp.settings().displayName());
    }

    /** A refused request: an error Response to the registered ACS when the refusal allows one, else a page. */
    private SsoStep refused(AuthnRequestRefusal refusal) {
        ErrorReply reply = refusal.replyTo();
        String sp = reply == null ? "unknown" : reply.serviceProvider().entityId();
        if (reply == null || !postAcs(reply.acs())) {
            audit.later("anonymous", "sso.saml", sp, "failure", java.util.Map.of("reason", refusal.getMessage()));
            return SsoStep.page(refusal.getMessage());
        }
        SsoRequest request = new SsoRequest(reply.inResponseTo(), sp, reply.acs().location(), null,
                reply.relayState(), false, false);
        return new SsoStep.Deliver(answer.refuse(request, null,
                new SsoRefusal(refusal.getMessage(), refusal.statusCode(), refusal.subStatusCode())));
    }

    private static boolean postAcs(AcsEndpoint acs) {
        return POST_BINDING.equals(acs.binding());
    }

    private static SsoStep unsupportedAcs() {
        return SsoStep.page("The assertion consumer service asked for does not use the HTTP-POST binding,"
                + " the only one Symbolon sends Responses by");
    }

    private static String abbreviated(String value) {
        String cut = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}

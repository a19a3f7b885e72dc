package org.symbolon.sts.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.symbolon.sts.session.PendingLogins;
import org.symbolon.sts.session.SessionParticipant;
import org.symbolon.sts.token.saml.LogoutMessages;
import org.symbolon.sts.token.saml.SloEndpoint;
import org.symbolon.sts.trust.ServiceProvider;
import org.symbolon.sts.trust.ServiceProviderDirectory;
import org.symbolon.sts.trust.ServiceProviderMetadataSource;

/**
 * The outgoing half of Single Logout: the next LogoutRequest of a chain (its progress parked under the
 * RelayState ticket), and LogoutResponses to the SP that asked. HTTP-Redirect is preferred, HTTP-POST used
 * when an SP offers only that; an SP without a logout endpoint is skipped and the logout reported partial.
 */
@ApplicationScoped
public class LogoutSender {

    static final String REQUESTER = "urn:oasis:names:tc:SAML:2.0:status:Requester";
    static final String REQUEST_DENIED = "urn:oasis:names:tc:SAML:2.0:status:RequestDenied";
    private static final String REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
    private static final String POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";

    @Inject
    ServiceProviderDirectory directory;

    @Inject
    ServiceProviderMetadataSource metadata;

    @Inject
    PendingLogins logins;

    @Inject
    LogoutMessages messages;

    /**
     * What the browser does next in a chain, and the ticket the chain is parked under while an SP is asked (null
     * once the chain is over).
     */
    public record Next(SsoStep step, String ticket) {
    }

    /** The next SP to tell, or the end of the chain. */
    public Next next(LogoutProgress progress) {
        List<SessionParticipant> remaining = progress.remaining();
        if (remaining.isEmpty()) {
            return new Next(finish(progress), null);
        }
        SessionParticipant target = remaining.get(0);
        List<SessionParticipant> rest = remaining.subList(1, remaining.size());
        Optional<ServiceProvider> sp = directory.findByEntityId(target.relyingParty()).filter(ServiceProvider::enabled);
        Optional<SloEndpoint> endpoint = sp.flatMap(this::endpoint);
        if (endpoint.isEmpty()) {
            return next(progress.awaiting(null, null, rest).answered(false));
        }
        String id = SingleLogout.newId();
        // the ticket's creation time is when we started waiting for this SP's answer
        String ticket = logins.begin(SingleLogout.PATH, progress.awaiting(target.relyingParty(), id, rest)
                .toParameters(), false, null, sp.get().settings().displayName());
        boolean redirect = REDIRECT.equals(endpoint.get().binding());
        LogoutMessages.Outgoing out = messages.request(id, endpoint.get().location(), target.nameId(),
                target.nameIdFormat(), target.sessionIndex(), ticket, redirect, SsoAnswer.algorithm(sp.get()));
        return new Next(new SsoStep.Deliver(redirect ? SamlDelivery.redirect(out.redirectUrl())
                : SamlDelivery.post(endpoint.get().location(), LogoutMessages.SAML_REQUEST, out.xml(), ticket)), ticket);
    }

    /** A LogoutResponse to a service provider's logout endpoint; an error page when it has none. */
    public SsoStep reply(ServiceProvider sp, String inResponseTo, String relayState, String status, String second) {
        Optional<SloEndpoint> endpoint = endpoint(sp);
        if (endpoint.isEmpty()) {
            return new SsoStep.Page(400, "Logout", "The service provider has no logout endpoint to answer at.", "/");
        }
        String location = endpoint.get().responseLocation() != null ? endpoint.get().responseLocation()
                : endpoint.get().location();
        boolean redirect = REDIRECT.equals(endpoint.get().binding());
        LogoutMessages.Outgoing out = messages.response(location, inResponseTo, status, second, relayState, redirect,
                SsoAnswer.algorithm(sp));
        return new SsoStep.Deliver(redirect ? SamlDelivery.redirect(out.redirectUrl())
                : SamlDelivery.post(location, LogoutMessages.SAML_RESPONSE, out.xml(), relayState));
    }

    private SsoStep finish(LogoutProgress progress) {
        if (progress.initiator() == null) {
            return progress.then() != null ? new SsoStep.GoTo(progress.then())
                    : new SsoStep.Page(200, "Signed out", "You are signed out.", null);
        }
        Optional<ServiceProvider> sp = directory.findByEntityId(progress.initiator());
        if (sp.isEmpty()) {
            return new SsoStep.Page(200, "Signed out", "You are signed out.", null);
        }
        return reply(sp.get(), progress.inResponseTo(), progress.relayState(), SingleLogout.SUCCESS,
                progress.partial() ? SingleLogout.PARTIAL_LOGOUT : null);
    }

    /** Its logout endpoint by a binding we speak, HTTP-Redirect first. */
    private Optional<SloEndpoint> endpoint(ServiceProvider sp) {
        return metadata.current(sp, false).singleLogoutServices().stream()
                .filter(e -> REDIRECT.equals(e.binding()) || POST.equals(e.binding()))
                .min(Comparator.comparing(e -> REDIRECT.equals(e.binding()) ? 0 : 1));
    }
}

package org.symbolon.sts.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.session.SessionParticipant;
import org.symbolon.sts.session.SsoSession;
import org.symbolon.sts.session.SsoSessions;
import org.symbolon.sts.token.saml.SamlAssertionRequest;
import org.symbolon.sts.token.saml.SamlSignatureAlgorithm;
import org.symbolon.sts.token.saml.SsoContext;
import org.symbolon.sts.token.saml.SsoResponse;
import org.symbolon.sts.token.saml.SsoResponseWriter;
import org.symbolon.sts.trust.ServiceProvider;
import org.symbolon.sts.trust.ServiceProviderDirectory;
import org.symbolon.sts.trust.ServiceProviderMetadataSource;
import org.symbolon.sts.trust.ServiceProviderSettings;
import org.symbolon.sts.users.LocalUser;
import org.symbolon.sts.users.UserDirectory;

/**
 * Answers a validated request for a signed-in user: the Response with one assertion for the service
 * provider (NameID, attributes by its rules, the session's authentication), protected as its settings
 * say, posted to its ACS; the SP joins the SSO session so that logout reaches it. A user who is gone or
 * disabled gets an error Response, never an assertion.
 */
@ApplicationScoped
public class SsoAnswer {

    static final String SAML_RESPONSE = "SAMLResponse";
    static final String PASSWORD_PROTECTED =
            "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport";
    private static final String UNSPECIFIED_CONTEXT = "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified";

    @Inject
    UserDirectory users;

    @Inject
    SsoNameIds nameIds;

    @Inject
    OpaqueValues opaque;

    @Inject
    SsoResponseWriter writer;

    @Inject
    ServiceProviderMetadataSource metadata;

    @Inject
    SsoSessions sessions;

    @Inject
    ServiceProviderDirectory directory;

    @Inject
    AuditLog audit;

    public SamlDelivery answer(SsoRequest request, ServiceProvider sp, SsoSession session) {
        LocalUser user = users.findById(session.userId()).filter(LocalUser::enabled).orElse(null);
        try {
            if (user == null) {
                throw SsoRefusal.denied("The user's account is disabled or no longer exists");
            }
            String classRef = classRef(session);
            if (!AuthnContextComparison.satisfies(classRef, request.requestedContext())) {
                throw SsoRefusal.noAuthnContext(AuthnContextComparison.refusal(classRef, request.requestedContext()));
            }
            SsoNameIds.NameId nameId = nameIds.nameId(sp, request.nameIdFormat(), user);
            String sessionIndex = opaque.sessionIndex(session.id(), sp.entityId());
            String xml = writer.success(response(request, sp, session, user, nameId, sessionIndex));
            sessions.join(session.id(), new SessionParticipant(SessionParticipant.SAML2, sp.entityId(),
                    nameId.value(), nameId.format(), sessionIndex));
            audit.later(session.username(), "sso.saml", sp.entityId(), "success",
                    Map.of("session", session.id(), "nameIdFormat", nameId.format(),
                            "solicited", request.requestId() != null));
            return SamlDelivery.post(request.acsLocation(), SAML_RESPONSE, xml, request.relayState());
        } catch (SsoRefusal e) {
            return refuse(request, session.username(), e);
        }
    }

    /** An error Response to the request's ACS, audited as a failure. */
    public SamlDelivery refuse(SsoRequest request, String actor, SsoRefusal refusal) {
        audit.later(actor == null ? "anonymous" : actor, "sso.saml", request.spEntityId(), "failure",
                Map.of("reason", refusal.getMessage()));
        SamlSignatureAlgorithm algorithm = directory.findByEntityId(request.spEntityId())
                .map(SsoAnswer::algorithm).orElse(SamlSignatureAlgorithm.RSA_SHA256);
        String xml = writer.failure(request.acsLocation(), request.requestId(), refusal.statusCode(),
                refusal.subStatusCode(), refusal.getMessage(), algorithm);
        return SamlDelivery.post(request.acsLocation(), SAML_RESPONSE, xml, request.relayState());
    }

    private SsoResponse response(SsoRequest request, ServiceProvider sp, SsoSession session, LocalUser user,
            SsoNameIds.NameId nameId, String sessionIndex) throws SsoRefusal {
        ServiceProviderSettings settings = sp.settings();
        Map<String, List<String>> attributes = SsoAttributes.of(user, settings.attributeRules());
        boolean signAssertion = settings.signAssertion() || !settings.signResponse();
        SamlAssertionRequest assertion = new SamlAssertionRequest(nameId.value(), nameId.format(), sp.entityId(),
                request.acsLocation(), settings.assertionLifetime(), session.authTime(), classRef(session),
                attributes, signAssertion);
        X509Certificate encryptTo = null;
        if (settings.encryptAssertion()) {
            List<X509Certificate> certificates = metadata.current(sp, false).encryptionCertificates();
            if (certificates.isEmpty()) {
                throw SsoRefusal.denied("The service provider's metadata no longer has an encryption certificate");
            }
            encryptTo = certificates.get(0);
        }
        return new SsoResponse(assertion, new SsoContext(request.requestId(), sessionIndex, session.expiresAt()),
                request.acsLocation(), settings.signResponse(), encryptTo, algorithm(sp));
    }

    /** The algorithm the SP chose for what we sign for it. */
    static SamlSignatureAlgorithm algorithm(ServiceProvider sp) {
        return SamlSignatureAlgorithm.of(sp.settings().signatureAlgorithmUri());
    }

    /** The session's acr when it is a URI (SAML class references are); a password login otherwise. */
    private static String classRef(SsoSession session) {
        String acr = session.acr();
        if (acr != null && (acr.startsWith("urn:") || acr.startsWith("http"))) {
            return acr;
        }
        return session.amr().contains("pwd") ? PASSWORD_PROTECTED : UNSPECIFIED_CONTEXT;
    }
}

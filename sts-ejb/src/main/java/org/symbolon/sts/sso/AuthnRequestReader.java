package org.symbolon.sts.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.symbolon.sts.authn.AssertionReplayCache;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.token.saml.AcsEndpoint;
import org.symbolon.sts.token.saml.IncomingAuthnRequest;
import org.symbolon.sts.token.saml.PostBinding;
import org.symbolon.sts.token.saml.RedirectBinding;
import org.symbolon.sts.token.saml.SamlRefusal;
import org.symbolon.sts.token.saml.SamlRequestMessage;
import org.symbolon.sts.token.saml.ServiceProviderMetadata;
import org.symbolon.sts.trust.ServiceProvider;
import org.symbolon.sts.trust.ServiceProviderDirectory;
import org.symbolon.sts.trust.ServiceProviderMetadataSource;
import org.symbolon.sts.trust.ServiceProviderSettings;

/**
 * Reads an AuthnRequest from the HTTP-Redirect or HTTP-POST binding and decides whether it is answered:
 * from a registered, enabled service provider, at an ACS of its metadata, signed when it must be (by a
 * certificate of its metadata), addressed to our SSO endpoint, recent, and not seen before on any node.
 */
@ApplicationScoped
public class AuthnRequestReader {

    /** Keeps request IDs apart from assertion and client-assertion IDs in the shared replay store. */
    private static final String REPLAY_NAMESPACE = "saml2-authn-request ";
    private static final String UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";

    @Inject
    ServiceProviderDirectory directory;

    @Inject
    ServiceProviderMetadataSource metadataSource;

    @Inject
    AssertionReplayCache replays;

    @Inject
    SamlConfig config;

    /** @param rawQuery the query string exactly as received, still URL-encoded */
    public AuthnRequestContext readRedirect(String rawQuery) throws AuthnRequestRefusal {
        try {
            return read(RedirectBinding.decode(rawQuery), true);
        } catch (SamlRefusal e) {
            throw AuthnRequestRefusal.pageOnly("The SAML request " + e.getMessage());
        }
    }

    /** @param samlRequest the form's base64 SAMLRequest; {@code relayState} its RelayState or null */
    public AuthnRequestContext readPost(String samlRequest, String relayState) throws AuthnRequestRefusal {
        try {
            return read(PostBinding.decode(samlRequest, relayState), false);
        } catch (SamlRefusal e) {
            throw AuthnRequestRefusal.pageOnly("The SAML request " + e.getMessage());
        }
    }

    private AuthnRequestContext read(SamlRequestMessage message, boolean redirect)
            throws SamlRefusal, AuthnRequestRefusal {
        IncomingAuthnRequest request = IncomingAuthnRequest.parse(message.xml());
        ServiceProvider sp = directory.findByEntityId(request.issuer()).filter(ServiceProvider::enabled)
                .orElseThrow(() -> AuthnRequestRefusal.pageOnly(
                        "The SAML request's Issuer is not a registered, enabled service provider"));
        ServiceProviderMetadata metadata = metadataSource.current(sp, false);
        AcsEndpoint acs = AcsChoice.choose(request, metadata).orElseThrow(() -> AuthnRequestRefusal.pageOnly(
                "The SAML request names an assertion consumer service that is not in the service provider's metadata"));
        ErrorReply reply = new ErrorReply(sp, acs, request.id(), message.relayState());
        boolean signed = verifySignature(message, request, sp, redirect, reply);
        check(request, sp.settings(), signed, reply);
        Instant issued = request.issueInstant();
        Instant keepUntil = issued.plus(config.authnRequestMaxAge()).plus(config.clockSkew());
        if (!replays.firstUse(REPLAY_NAMESPACE + sp.entityId(), request.id(), keepUntil.toEpochMilli())) {
            throw denied("The SAML request was already used", reply);
        }
        return new AuthnRequestContext(request.id(), sp, acs, request.forceAuthn(), request.isPassive(),
                request.nameIdFormat(), request.allowCreate(), request.requestedAuthnContext(), message.relayState(),
                issued, signed);
    }

    /** Verifies whatever signature the binding carries; once more with freshly fetched metadata if it fails. */
    private boolean verifySignature(SamlRequestMessage message, IncomingAuthnRequest request, ServiceProvider sp,
            boolean redirect, ErrorReply reply) throws AuthnRequestRefusal {
        boolean present = redirect ? message.signature() != null : request.hasXmlSignature();
        if (!present) {
            return false;
        }
        try {
            verify(message, request, redirect, metadataSource.current(sp, false));
        } catch (SamlRefusal first) {
            try {
                verify(message, request, redirect, metadataSource.current(sp, true));
            } catch (SamlRefusal e) {
                throw denied("The SAML request " + e.getMessage(), reply);
            }
        }
        return true;
    }

    private static void verify(SamlRequestMessage message, IncomingAuthnRequest request, boolean redirect,
            ServiceProviderMetadata metadata) throws SamlRefusal {
        if (redirect) {
            message.signature().verify(metadata.signingCertificates());
        } else {
            request.verifyXmlSignature(metadata.signingCertificates());
        }
    }

    private void check(IncomingAuthnRequest request, ServiceProviderSettings settings, boolean signed,
            ErrorReply reply) throws AuthnRequestRefusal {
        if (!request.isVersion20()) {
            throw AuthnRequestRefusal.respond("The SAML request is not SAML 2.0", reply,
                    AuthnRequestRefusal.VERSION_MISMATCH, null);
        }
        if (!signed && settings.requireSignedAuthnRequests()) {
            throw denied("The SAML request is not signed, and this service provider must sign its requests", reply);
        }
        if (request.id() == null || request.id().isBlank()) {
            throw requester("The SAML request has no ID", reply);
        }
        if (request.destination() != null && !request.destination().equals(config.ssoEndpoint())) {
            throw requester("The SAML request's Destination is not " + config.ssoEndpoint(), reply);
        }
        checkIssueInstant(request.issueInstant(), reply);
        String format = request.nameIdFormat();
        if (format != null && !format.equals(UNSPECIFIED)
                && !Set.copyOf(ServiceProviderSettings.NAME_ID_FORMATS.values()).contains(format)) {
            throw AuthnRequestRefusal.respond("The SAML request asks for a NameID format Symbolon does not issue",
                    reply, AuthnRequestRefusal.REQUESTER, AuthnRequestRefusal.INVALID_NAME_ID_POLICY);
        }
    }

    private void checkIssueInstant(Instant issued, ErrorReply reply) throws AuthnRequestRefusal {
        if (issued == null) {
            throw requester("The SAML request has no IssueInstant", reply);
        }
        Instant now = Instant.now();
        Duration skew = config.clockSkew();
        if (issued.isAfter(now.plus(skew))) {
            throw requester("The SAML request's IssueInstant is in the future", reply);
        }
        if (issued.plus(config.authnRequestMaxAge()).plus(skew).isBefore(now)) {
            throw requester("The SAML request is too old (IssueInstant more than "
                    + config.authnRequestMaxAge().toSeconds() + " seconds ago)", reply);
        }
    }

    private static AuthnRequestRefusal requester(String reason, ErrorReply reply) {
        return AuthnRequestRefusal.respond(reason, reply, AuthnRequestRefusal.REQUESTER, null);
    }

    private static AuthnRequestRefusal denied(String reason, ErrorReply reply) {
        return AuthnRequestRefusal.respond(reason, reply, AuthnRequestRefusal.REQUESTER,
                AuthnRequestRefusal.REQUEST_DENIED);
    }
}

package org.symbolon.sts.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.symbolon.sts.authn.AssertionReplayCache;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.token.saml.IncomingLogout;
import org.symbolon.sts.token.saml.PostBinding;
import org.symbolon.sts.token.saml.RedirectBinding;
import org.symbolon.sts.token.saml.SamlRefusal;
import org.symbolon.sts.token.saml.SamlRequestMessage;
import org.symbolon.sts.token.saml.ServiceProviderMetadata;
import org.symbolon.sts.trust.ServiceProvider;
import org.symbolon.sts.trust.ServiceProviderDirectory;
import org.symbolon.sts.trust.ServiceProviderMetadataSource;

/**
 * Reads a SAML message arriving at the logout endpoint (SAML profiles 4.4): a LogoutRequest or LogoutResponse
 * by HTTP-Redirect or HTTP-POST, from a registered, enabled service provider, signed by a certificate of its
 * metadata whenever it has one (the query signature for Redirect, an enveloped one for POST).
 */
@ApplicationScoped
public class LogoutRequestReader {

    private static final String REPLAY_NAMESPACE = "saml2-logout-request ";

    @Inject
    ServiceProviderDirectory directory;

    @Inject
    ServiceProviderMetadataSource metadataSource;

    @Inject
    AssertionReplayCache replays;

    @Inject
    SamlConfig config;

    /** A message read and verified, with its RelayState and the SP that sent it. */
    public record Verified(IncomingLogout message, ServiceProvider serviceProvider, String relayState) {
    }

    public Verified readRedirect(String rawQuery, boolean response) throws SamlRefusal {
        SamlRequestMessage message = RedirectBinding.decode(rawQuery, response ? "SAMLResponse" : "SAMLRequest");
        return verify(message, IncomingLogout.parse(message.xml(), response), true);
    }

    public Verified readPost(String base64, String relayState, boolean response) throws SamlRefusal {
        SamlRequestMessage message = PostBinding.decode(base64, relayState);
        return verify(message, IncomingLogout.parse(message.xml(), response), false);
    }

    /** A LogoutRequest that may be acted on: addressed to us, recent, first use. */
    public LogoutRequestContext request(Verified verified) throws SamlRefusal {
        IncomingLogout request = verified.message();
        checkCommon(request);
        Instant issued = request.issueInstant();
        Instant keepUntil = issued.plus(config.authnRequestMaxAge()).plus(config.clockSkew());
        if (!replays.firstUse(REPLAY_NAMESPACE + verified.serviceProvider().entityId(), request.id(),
                keepUntil.toEpochMilli())) {
            throw new SamlRefusal("was already used");
        }
        if (request.nameId() == null) {
            throw new SamlRefusal("has no NameID");
        }
        return new LogoutRequestContext(verified.serviceProvider(), request.id(), request.nameId(),
                request.sessionIndexes(), verified.relayState());
    }

    /** Version, ID, Destination and IssueInstant, as for any message to our logout endpoint. */
    public void checkCommon(IncomingLogout message) throws SamlRefusal {
        if (!message.isVersion20()) {
            throw new SamlRefusal("is not SAML 2.0");
        }
        if (message.id() == null || message.id().isBlank()) {
            throw new SamlRefusal("has no ID");
        }
        if (message.destination() != null && !message.destination().equals(config.sloEndpoint())) {
            throw new SamlRefusal("is addressed to " + message.destination() + ", not " + config.sloEndpoint());
        }
        Instant issued = message.issueInstant();
        Instant now = Instant.now();
        if (issued == null || issued.isAfter(now.plus(config.clockSkew()))
                || issued.plus(config.authnRequestMaxAge()).plus(config.clockSkew()).isBefore(now)) {
            throw new SamlRefusal("has no IssueInstant within the accepted age");
        }
    }

    private Verified verify(SamlRequestMessage message, IncomingLogout logout, boolean redirect) throws SamlRefusal {
        ServiceProvider sp = directory.findByEntityId(logout.issuer()).filter(ServiceProvider::enabled)
                .orElseThrow(() -> new SamlRefusal("comes from an Issuer that is not a registered, enabled service provider"));
        ServiceProviderMetadata metadata = metadataSource.current(sp, false);
        boolean present = redirect ? message.signature() != null : logout.hasXmlSignature();
        if (!present && !metadata.signingCertificates().isEmpty()) {
            throw new SamlRefusal("is not signed, and this service provider has a signing certificate");
        }
        if (present) {
            try {
                check(message, logout, redirect, metadata);
            } catch (SamlRefusal first) {
                check(message, logout, redirect, metadataSource.current(sp, true));
            }
        }
        return new Verified(logout, sp, message.relayState());
    }

    private static void check(SamlRequestMessage message, IncomingLogout logout, boolean redirect,
            ServiceProviderMetadata metadata) throws SamlRefusal {
        if (redirect) {
            message.signature().verify(metadata.signingCertificates());
        } else {
            logout.verifyXmlSignature(metadata.signingCertificates());
        }
    }
}

package org.symbolon.sts.token.saml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.shibboleth.utilities.java.support.security.IdentifierGenerationStrategy;
import net.shibboleth.utilities.java.support.security.impl.SecureRandomIdentifierGenerationStrategy;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.LogoutRequest;
import org.opensaml.saml.saml2.core.LogoutResponse;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.SessionIndex;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.SigningAlgorithm;

/**
 * Writes the Single Logout messages we send (SAML core 3.7): LogoutRequests to the other service
 * providers of a session and the LogoutResponse to the one that asked. Always signed, with the receiving SP's
 * algorithm: enveloped for HTTP-POST, over the query string for HTTP-Redirect.
 */
@ApplicationScoped
public class LogoutMessages {

    public static final String SAML_REQUEST = "SAMLRequest";
    public static final String SAML_RESPONSE = "SAMLResponse";

    private final IdentifierGenerationStrategy ids = new SecureRandomIdentifierGenerationStrategy();

    @Inject
    SamlConfig config;

    @Inject
    KeyRing keyRing;

    /** A message ready for a binding: its ID, and either its signed XML (POST) or the complete URL (Redirect). */
    public record Outgoing(String id, String xml, String redirectUrl) {
    }

    /** @param redirect true for the HTTP-Redirect binding (query signature), false for HTTP-POST (enveloped) */
    public Outgoing request(String id, String destination, String nameId, String nameIdFormat, String sessionIndex,
            String relayState, boolean redirect, SamlSignatureAlgorithm algorithm) {
        LogoutRequest request = SamlObjects.build(LogoutRequest.DEFAULT_ELEMENT_NAME);
        stamp(request, destination);
        request.setID(id);
        NameID name = SamlObjects.build(NameID.DEFAULT_ELEMENT_NAME);
        name.setValue(nameId);
        name.setFormat(nameIdFormat);
        request.setNameID(name);
        if (sessionIndex != null) {
            SessionIndex index = SamlObjects.build(SessionIndex.DEFAULT_ELEMENT_NAME);
            index.setValue(sessionIndex);
            request.getSessionIndexes().add(index);
        }
        request.setNotOnOrAfter(request.getIssueInstant().plus(config.authnRequestMaxAge()));
        return send(request, request.getID(), destination, SAML_REQUEST, relayState, redirect, algorithm);
    }

    /** @param statusCode a top-level code, {@code Success} or {@code Requester}...; {@code secondCode} one below it or null */
    public Outgoing response(String destination, String inResponseTo, String statusCode, String secondCode,
            String relayState, boolean redirect, SamlSignatureAlgorithm algorithm) {
        LogoutResponse response = SamlObjects.build(LogoutResponse.DEFAULT_ELEMENT_NAME);
        stamp(response, destination);
        response.setInResponseTo(inResponseTo);
        response.setStatus(SamlStatus.of(statusCode, secondCode, null));
        return send(response, response.getID(), destination, SAML_RESPONSE, relayState, redirect, algorithm);
    }

    private void stamp(org.opensaml.saml.saml2.core.StatusResponseType response, String destination) {
        response.setID(ids.generateIdentifier());
        response.setIssueInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        response.setDestination(destination);
        response.setIssuer(issuer());
    }

    private void stamp(org.opensaml.saml.saml2.core.RequestAbstractType request, String destination) {
        request.setID(ids.generateIdentifier());
        request.setIssueInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        request.setDestination(destination);
        request.setIssuer(issuer());
    }

    private Issuer issuer() {
        Issuer issuer = SamlObjects.build(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setValue(config.entityId());
        return issuer;
    }

    private Outgoing send(SignableSAMLObject message, String id, String destination, String parameter,
            String relayState, boolean redirect, SamlSignatureAlgorithm algorithm) {
        if (redirect) {
            return new Outgoing(id, null, RedirectEncoder.url(destination, parameter, SamlXml.serialize(message),
                    relayState, keyRing.active(SigningAlgorithm.RS256), algorithm));
        }
        SamlSigner.sign(message, keyRing.active(SigningAlgorithm.RS256), algorithm);
        return new Outgoing(id, SamlXml.serialize(message), null);
    }
}

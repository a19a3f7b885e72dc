package org.symbolon.sts.token.saml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.shibboleth.utilities.java.support.security.IdentifierGenerationStrategy;
import net.shibboleth.utilities.java.support.security.impl.SecureRandomIdentifierGenerationStrategy;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.StatusCode;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.SigningAlgorithm;

/**
 * Writes the SAML 2.0 Responses of Web SSO: a success carrying one assertion (signed, encrypted,
 * or both, as the SP's settings say; encryption comes after the assertion's signature, the
 * Response's signature last, over what is sent), or an error status. Error responses are signed too.
 */
@ApplicationScoped
public class SsoResponseWriter {

    private final IdentifierGenerationStrategy ids = new SecureRandomIdentifierGenerationStrategy();

    @Inject
    SamlAssertionIssuer assertions;

    @Inject
    SamlConfig config;

    @Inject
    KeyRing keyRing;

    public String success(SsoResponse sso) {
        Assertion assertion = assertions.build(sso.assertion(), sso.sso(), sso.algorithm());
        Response response = response(sso.destination(), sso.sso().inResponseTo(), StatusCode.SUCCESS, null, null);
        if (sso.encryptTo() == null) {
            response.getAssertions().add(assertion);
        } else {
            response.getEncryptedAssertions().add(AssertionEncrypter.encrypt(assertion, sso.encryptTo()));
        }
        if (sso.signResponse()) {
            SamlSigner.sign(response, keyRing.active(SigningAlgorithm.RS256), sso.algorithm());
        }
        return SamlXml.serialize(response);
    }

    /**
     * An error Response (SAML core 3.2.2.2): a top-level code ({@code Requester}/{@code Responder}),
     * an optional second-level code such as {@code NoPassive}, and a message for the SP's logs.
     */
    public String failure(String destination, String inResponseTo, String topCode, String secondCode, String message,
            SamlSignatureAlgorithm algorithm) {
        Response response = response(destination, inResponseTo, topCode, secondCode, message);
        SamlSigner.sign(response, keyRing.active(SigningAlgorithm.RS256), algorithm);
        return SamlXml.serialize(response);
    }

    private Response response(String destination, String inResponseTo, String topCode, String secondCode,
            String message) {
        Issuer issuer = SamlObjects.build(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setValue(config.entityId());
        Response response = SamlObjects.build(Response.DEFAULT_ELEMENT_NAME);
        response.setID(ids.generateIdentifier());
        response.setIssueInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        response.setDestination(destination);
        response.setInResponseTo(inResponseTo);
        response.setIssuer(issuer);
        response.setStatus(SamlStatus.of(topCode, secondCode, message));
        return response;
    }
}

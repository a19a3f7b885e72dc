package org.symbolon.sts.token.saml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Issuer;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.config.Uuids;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.SigningAlgorithm;

/**
 * Writes SAML 2.0 assertions: fixes the ID, the times and the Issuer, lets each step add its part,
 * then signs with the active RS256 key when asked. Which subject, audience and attributes go in is
 * decided by the caller; this class only writes them down. OpenSAML is ready before the first call:
 * {@link OpenSamlRuntime} initialises it just after application start (or the first use does).
 */
@ApplicationScoped
public class SamlAssertionIssuer {

    private static final List<AssertionStep> STEPS = List.of(new AddSubjectToAssertion(),
            new AddConditionsToAssertion(), new AddAuthnStatementToAssertion(), new AddAttributeStatementToAssertion());

    @Inject
    SamlConfig config;

    @Inject
    KeyRing keyRing;

    public IssuedAssertion issue(SamlAssertionRequest request) {
        Assertion assertion = build(request);
        return new IssuedAssertion(SamlXml.serialize(assertion), assertion.getID(),
                assertion.getConditions().getNotOnOrAfter());
    }

    /** The same assertion (signed first when asked), encrypted for the relying party holding the certificate. */
    public IssuedAssertion issueEncrypted(SamlAssertionRequest request, X509Certificate relyingPartyCertificate) {
        Assertion assertion = build(request);
        return new IssuedAssertion(SamlXml.serialize(AssertionEncrypter.encrypt(assertion, relyingPartyCertificate)),
                assertion.getID(), assertion.getConditions().getNotOnOrAfter());
    }

    /**
     * "_" (an XML ID may not start with a digit), the issue time, then 160 random bits: SAML core 1.3.4
     * asks random IDs to collide with probability at most 2^-160. Led by the time, the IDs of issued
     * assertions, which key their records, land at the end of that table's index rather than on a
     * random page of it.
     */
    static String assertionId() {
        return "_" + Uuids.timeOrderedHex(20);
    }

    private Assertion build(SamlAssertionRequest request) {
        return build(request, null, SamlSignatureAlgorithm.RSA_SHA256);
    }

    /** The assertion, signed when the request says so; {@code sso} ties it to a Web SSO exchange, or is null. */
    Assertion build(SamlAssertionRequest request, SsoContext sso, SamlSignatureAlgorithm algorithm) {
        // xs:dateTime with milliseconds: finer fractions trip up some relying parties
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AssertionContext context = new AssertionContext(request, config.entityId(), now,
                now.plus(request.lifetime()), sso);
        Issuer issuer = SamlObjects.build(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setValue(context.issuer());
        Assertion assertion = SamlObjects.build(Assertion.DEFAULT_ELEMENT_NAME);
        assertion.setID(assertionId());
        assertion.setIssueInstant(now);
        assertion.setIssuer(issuer);
        STEPS.forEach(step -> step.apply(assertion, context));
        if (request.sign()) {
            SamlSigner.sign(assertion, keyRing.active(SigningAlgorithm.RS256), algorithm);
        }
        return assertion;
    }
}

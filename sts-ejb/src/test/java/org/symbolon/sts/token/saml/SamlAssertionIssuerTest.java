package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensaml.core.xml.schema.XSString;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.TestKeys;

class SamlAssertionIssuerTest {

    static final String SP = "https://sp.example.com/shibboleth";
    static final String ACS = "https://sp.example.com/Shibboleth.sso/SAML2/POST";
    static final String MAIL = "urn:oid:0.9.2342.19200300.100.1.3";
    static final String ENTITLEMENT = "urn:oid:1.3.6.1.4.1.5923.1.1.1.7";
    static final Instant AUTHN_INSTANT = Instant.parse("2026-11-26T08:00:00.250Z");

    static KeyRing keyRing;
    static SamlAssertionIssuer issuer;

    @TempDir
    Path workDir;

    @BeforeAll
    static void issuerWithGeneratedKeys() {
        OpenSamlSetup.ensureInitialised();
        keyRing = TestKeys.ring(new TestConfig());
        issuer = new SamlAssertionIssuer();
        issuer.config = TestConfig.saml();
        issuer.keyRing = keyRing;
    }

    static SamlAssertionRequest request(boolean sign, Map<String, List<String>> attributes) {
        return new SamlAssertionRequest("alice@example.com", NameIDType.EMAIL, SP, ACS, Duration.ofMinutes(5),
                AUTHN_INSTANT, AuthnContext.PPT_AUTHN_CTX, attributes, sign);
    }

    static Map<String, List<String>> attributes() {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put(MAIL, List.of("alice@example.com"));
        attributes.put(ENTITLEMENT, List.of("urn:example:orders:read", "urn:example:orders:write"));
        return attributes;
    }

    static X509Certificate activeCertificate() {
        return keyRing.active(SigningAlgorithm.RS256).certificate();
    }

    @Test
    void signedAssertionVerifiesWithOpenSaml() throws Exception {
        Assertion assertion = SamlTestSupport.parse(issuer.issue(request(true, attributes())).xml());

        SamlTestSupport.verify(assertion.getSignature(), activeCertificate());
    }

    @Test
    void signedAssertionVerifiesWithXmlsec1() throws Exception {
        String xml = issuer.issue(request(true, attributes())).xml();

        Xmlsec1.Result result = Xmlsec1.verify(xml, activeCertificate(), Xmlsec1.ASSERTION_ID, workDir);

        assertTrue(result.verified(), result.output());
    }

    @Test
    void tamperedAssertionFailsBothVerifications() throws Exception {
        String xml = issuer.issue(request(true, attributes())).xml();
        String tampered = xml.replaceFirst(">alice@example.com<", ">mallory@example.com<");
        assertFalse(tampered.equals(xml));

        Assertion assertion = SamlTestSupport.parse(tampered);
        assertEquals("mallory@example.com", assertion.getSubject().getNameID().getValue());
        assertThrows(SignatureException.class,
                () -> SamlTestSupport.verify(assertion.getSignature(), activeCertificate()));
        assertFalse(Xmlsec1.verify(tampered, activeCertificate(), Xmlsec1.ASSERTION_ID, workDir).verified());
    }

    @Test
    void signatureIsRsaSha256OverExclusiveC14nWithSha256DigestAndTheCertificate() throws Exception {
        String xml = issuer.issue(request(true, attributes())).xml();
        Signature signature = SamlTestSupport.<Assertion>parse(xml).getSignature();
        LoadedKey active = keyRing.active(SigningAlgorithm.RS256);

        assertEquals(SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256, signature.getSignatureAlgorithm());
        assertEquals(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS, signature.getCanonicalizationAlgorithm());
        assertTrue(xml.contains("<ds:DigestMethod Algorithm=\"" + SignatureConstants.ALGO_ID_DIGEST_SHA256 + "\"/>"));
        assertEquals(List.of(active.certificate()), SamlTestSupport.keyInfoCertificates(signature));
        assertEquals(active.publicJwk().toRSAKey().toPublicKey(), active.certificate().getPublicKey(),
                "the certificate wraps the active RS256 key published in the JWKS");
    }

    @Test
    void assertionNamesItsIssuerAndSubjectWithABearerConfirmation() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        IssuedAssertion issued = issuer.issue(request(true, attributes()));
        Assertion assertion = SamlTestSupport.parse(issued.xml());

        assertEquals(issued.id(), assertion.getID());
        // "_", the issue millisecond in 12 hex digits, 160 random bits
        assertTrue(assertion.getID().matches("_[0-9a-f]{52}"), assertion.getID());
        assertEquals(assertion.getIssueInstant().toEpochMilli(), Long.parseLong(assertion.getID().substring(1, 13), 16),
                1_000);
        assertEquals(SAMLVersion.VERSION_20, assertion.getVersion());
        assertFalse(assertion.getIssueInstant().isBefore(before));
        assertFalse(assertion.getIssueInstant().isAfter(Instant.now()));
        assertEquals(TestConfig.ISSUER, assertion.getIssuer().getValue());
        assertEquals("alice@example.com", assertion.getSubject().getNameID().getValue());
        assertEquals(NameIDType.EMAIL, assertion.getSubject().getNameID().getFormat());

        SubjectConfirmation confirmation = assertion.getSubject().getSubjectConfirmations().get(0);
        SubjectConfirmationData data = confirmation.getSubjectConfirmationData();
        assertEquals(SubjectConfirmation.METHOD_BEARER, confirmation.getMethod());
        assertEquals(assertion.getIssueInstant().plus(Duration.ofMinutes(5)), data.getNotOnOrAfter());
        assertEquals(ACS, data.getRecipient());
        assertNull(data.getNotBefore(), "a bearer confirmation has no NotBefore");
    }

    @Test
    void conditionsLimitTheAssertionToTheAudienceAndItsLifetime() throws Exception {
        IssuedAssertion issued = issuer.issue(request(true, attributes()));
        Assertion assertion = SamlTestSupport.parse(issued.xml());
        Conditions conditions = assertion.getConditions();

        assertEquals(assertion.getIssueInstant(), conditions.getNotBefore());
        assertEquals(assertion.getIssueInstant().plus(Duration.ofMinutes(5)), conditions.getNotOnOrAfter());
        assertEquals(issued.notOnOrAfter(), conditions.getNotOnOrAfter());
        assertEquals(1, conditions.getAudienceRestrictions().size());
        assertEquals(List.of(SP), conditions.getAudienceRestrictions().get(0).getAudiences().stream()
                .map(a -> a.getURI()).toList());
    }

    @Test
    void authnStatementSaysWhenAndHowTheSubjectAuthenticated() throws Exception {
        Assertion assertion = SamlTestSupport.parse(issuer.issue(request(true, attributes())).xml());
        AuthnStatement statement = assertion.getAuthnStatements().get(0);

        assertEquals(AUTHN_INSTANT, statement.getAuthnInstant());
        assertEquals(AuthnContext.PPT_AUTHN_CTX, statement.getAuthnContext().getAuthnContextClassRef().getURI());
    }

    @Test
    void attributesAreUriNamedStringsInTheOrderGiven() throws Exception {
        String xml = issuer.issue(request(true, attributes())).xml();
        List<Attribute> attributes = SamlTestSupport.<Assertion>parse(xml).getAttributeStatements().get(0)
                .getAttributes();

        assertEquals(List.of(MAIL, ENTITLEMENT), attributes.stream().map(Attribute::getName).toList());
        attributes.forEach(a -> assertEquals(Attribute.URI_REFERENCE, a.getNameFormat()));
        assertEquals(List.of("urn:example:orders:read", "urn:example:orders:write"), attributes.get(1)
                .getAttributeValues().stream().map(v -> ((XSString) v).getValue()).toList());
        attributes.forEach(a -> a.getAttributeValues()
                .forEach(v -> assertEquals(XSString.TYPE_NAME, v.getSchemaType(), "xsi:type xs:string")));
    }

    @Test
    void assertionWithoutAttributesHasNoAttributeStatement() throws Exception {
        Assertion assertion = SamlTestSupport.parse(issuer.issue(request(true, Map.of())).xml());

        assertTrue(assertion.getAttributeStatements().isEmpty());
        SamlTestSupport.verify(assertion.getSignature(), activeCertificate());
    }

    @Test
    void unsignedAssertionCarriesNoSignature() throws Exception {
        Assertion assertion = SamlTestSupport.parse(issuer.issue(request(false, attributes())).xml());

        assertNull(assertion.getSignature());
        assertEquals("alice@example.com", assertion.getSubject().getNameID().getValue());
    }

    @Test
    void signedXmlHasNoCarriageReturnEntities() {
        assertFalse(issuer.issue(request(true, attributes())).xml().contains("&#13;"));
    }

    @Test
    void everyAssertionHasItsOwnId() {
        assertFalse(issuer.issue(request(true, Map.of())).id().equals(issuer.issue(request(true, Map.of())).id()));
    }
}

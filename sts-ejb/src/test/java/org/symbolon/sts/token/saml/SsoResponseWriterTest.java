package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.SigningAlgorithm;

class SsoResponseWriterTest {

    static final String REQUEST_ID = "_a1b2c3d4e5f6";
    static final Instant SESSION_END = Instant.parse("2026-11-26T18:00:00Z");
    static SsoResponseWriter writer;

    @TempDir
    Path workDir;

    @BeforeAll
    static void writerWithGeneratedKeys() throws Exception {
        EncryptedAssertionTest.relyingPartyWithItsOwnKey();
        writer = new SsoResponseWriter();
        writer.assertions = SamlAssertionIssuerTest.issuer;
        writer.config = TestConfig.saml();
        writer.keyRing = SamlAssertionIssuerTest.keyRing;
    }

    static SsoResponse response(boolean signResponse, boolean signAssertion, boolean encrypt) {
        return response(signResponse, signAssertion, encrypt, SamlSignatureAlgorithm.RSA_SHA256);
    }

    static SsoResponse response(boolean signResponse, boolean signAssertion, boolean encrypt,
            SamlSignatureAlgorithm algorithm) {
        return new SsoResponse(SamlAssertionIssuerTest.request(signAssertion, SamlAssertionIssuerTest.attributes()),
                new SsoContext(REQUEST_ID, "_session-7", SESSION_END), SamlAssertionIssuerTest.ACS, signResponse,
                encrypt ? EncryptedAssertionTest.relyingPartyCertificate : null, algorithm);
    }

    @Test
    void aServiceProviderThatChoseRsaSha512GetsResponseAndAssertionSignedWithIt() throws Exception {
        String xml = writer.success(response(true, true, false, SamlSignatureAlgorithm.RSA_SHA512));
        Response response = SamlTestSupport.parse(xml);

        Assertion assertion = response.getAssertions().get(0);
        for (org.opensaml.xmlsec.signature.Signature signature : List.of(response.getSignature(),
                assertion.getSignature())) {
            assertEquals("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", signature.getSignatureAlgorithm());
            SamlTestSupport.verify(signature, SamlAssertionIssuerTest.activeCertificate());
        }
        assertTrue(xml.contains("<ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha512\""), xml);
    }

    @Test
    void anErrorResponseIsSignedWithTheServiceProvidersAlgorithm() throws Exception {
        Response response = SamlTestSupport.parse(writer.failure(SamlAssertionIssuerTest.ACS, REQUEST_ID,
                StatusCode.RESPONDER, StatusCode.NO_AUTHN_CONTEXT, "no", SamlSignatureAlgorithm.RSA_SHA512));

        assertEquals("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
                response.getSignature().getSignatureAlgorithm());
        SamlTestSupport.verify(response.getSignature(), SamlAssertionIssuerTest.activeCertificate());
    }

    @Test
    void noOtherAlgorithmIsSignedWith() {
        assertThrows(IllegalArgumentException.class,
                () -> SamlSignatureAlgorithm.of("http://www.w3.org/2000/09/xmldsig#rsa-sha1"));
        assertEquals(SamlSignatureAlgorithm.RSA_SHA256, SamlSignatureAlgorithm.of(null));
    }

    @Test
    void aSuccessAnswersTheRequestAtTheConsumerUrlAndTiesTheAssertionToTheSession() throws Exception {
        Response response = SamlTestSupport.parse(writer.success(response(true, true, false)));

        assertEquals(StatusCode.SUCCESS, response.getStatus().getStatusCode().getValue());
        assertEquals(REQUEST_ID, response.getInResponseTo());
        assertEquals(SamlAssertionIssuerTest.ACS, response.getDestination());
        assertEquals(TestConfig.saml().entityId(), response.getIssuer().getValue());
        Assertion assertion = response.getAssertions().get(0);
        assertEquals(REQUEST_ID, assertion.getSubject().getSubjectConfirmations().get(0)
                .getSubjectConfirmationData().getInResponseTo());
        AuthnStatement statement = assertion.getAuthnStatements().get(0);
        assertEquals("_session-7", statement.getSessionIndex());
        assertEquals(SESSION_END, statement.getSessionNotOnOrAfter());
    }

    @Test
    void bothSignaturesVerifyWithOpenSamlAndXmlsec1() throws Exception {
        String xml = writer.success(response(true, true, false));
        Response response = SamlTestSupport.parse(xml);

        SamlTestSupport.verify(response.getSignature(), SamlAssertionIssuerTest.activeCertificate());
        SamlTestSupport.verify(response.getAssertions().get(0).getSignature(),
                SamlAssertionIssuerTest.activeCertificate());
        assertTrue(Xmlsec1.verify(xml, SamlAssertionIssuerTest.activeCertificate(),
                "urn:oasis:names:tc:SAML:2.0:protocol:Response", workDir).verified());
    }

    @Test
    void aResponseSignedAloneCarriesAnUnsignedAssertion() throws Exception {
        Response response = SamlTestSupport.parse(writer.success(response(true, false, false)));
        SamlTestSupport.verify(response.getSignature(), SamlAssertionIssuerTest.activeCertificate());
        assertNull(response.getAssertions().get(0).getSignature());
    }

    @Test
    void anUnsignedResponseAndAssertionCannotBeWritten() {
        assertThrows(IllegalArgumentException.class, () -> response(false, false, false));
    }

    @Test
    void anEncryptedAssertionDecryptsForTheSpAndStillVerifies() throws Exception {
        String xml = writer.success(response(true, true, true));
        Response response = SamlTestSupport.parse(xml);

        assertTrue(response.getAssertions().isEmpty());
        assertTrue(!xml.contains("alice@example.com"), "nothing of the subject is readable");
        SamlTestSupport.verify(response.getSignature(), SamlAssertionIssuerTest.activeCertificate());
        Assertion assertion = EncryptedAssertionTest.decrypt(response.getEncryptedAssertions().get(0),
                EncryptedAssertionTest.relyingPartyKeys, EncryptedAssertionTest.relyingPartyCertificate);
        assertEquals("alice@example.com", assertion.getSubject().getNameID().getValue());
        SamlTestSupport.verify(assertion.getSignature(), SamlAssertionIssuerTest.activeCertificate());
    }

    @Test
    void aTamperedResponseNoLongerVerifies() throws Exception {
        String xml = writer.success(response(true, false, false)).replace(REQUEST_ID, "_forged");
        Response response = SamlTestSupport.parse(xml);
        assertThrows(SignatureException.class,
                () -> SamlTestSupport.verify(response.getSignature(), SamlAssertionIssuerTest.activeCertificate()));
    }

    @Test
    void anErrorResponseIsSignedAndCarriesBothStatusLevels() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Response response = SamlTestSupport.parse(writer.failure(SamlAssertionIssuerTest.ACS, REQUEST_ID,
                StatusCode.RESPONDER, StatusCode.NO_PASSIVE, "No session and IsPassive was set",
                SamlSignatureAlgorithm.RSA_SHA256));

        assertEquals(StatusCode.RESPONDER, response.getStatus().getStatusCode().getValue());
        assertEquals(StatusCode.NO_PASSIVE, response.getStatus().getStatusCode().getStatusCode().getValue());
        assertEquals("No session and IsPassive was set", response.getStatus().getStatusMessage().getValue());
        assertEquals(REQUEST_ID, response.getInResponseTo());
        assertTrue(response.getAssertions().isEmpty() && response.getEncryptedAssertions().isEmpty());
        assertTrue(!response.getIssueInstant().isBefore(before));
        SamlTestSupport.verify(response.getSignature(),
                SamlAssertionIssuerTest.keyRing.active(SigningAlgorithm.RS256).certificate());
    }
}

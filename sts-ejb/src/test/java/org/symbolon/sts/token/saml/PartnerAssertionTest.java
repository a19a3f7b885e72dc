package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.NameIDType;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.TestKeys;

/** Reading a partner's assertion: what is refused before and by the signature check. */
class PartnerAssertionTest {

    static final Set<String> RS256 = Set.of("RS256");
    static SamlAssertionIssuer issuer;
    static X509Certificate certificate;
    static X509Certificate otherCertificate;

    @BeforeAll
    static void partnerKeys() {
        OpenSamlSetup.ensureInitialised();
        KeyRing ring = TestKeys.ring(new TestConfig());
        issuer = new SamlAssertionIssuer();
        issuer.config = TestConfig.saml();
        issuer.keyRing = ring;
        certificate = ring.active(SigningAlgorithm.RS256).certificate();
        otherCertificate = TestKeys.ring(new TestConfig()).active(SigningAlgorithm.RS256).certificate();
    }

    static String signedXml(String nameId) {
        return issuer.issue(new SamlAssertionRequest(nameId, NameIDType.EMAIL, "https://sts.test",
                "https://sts.test/oauth2/token", Duration.ofMinutes(5), java.time.Instant.now(), AuthnContext.PPT_AUTHN_CTX,
                Map.of("groups", List.of("buyers", "admins"), "mail", List.of(nameId)), true)).xml();
    }

    static String encode(String xml) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    static String refusal(String token) {
        return assertThrows(SamlRefusal.class, () -> PartnerAssertion.parse(token).verify(List.of(certificate), RS256))
                .getMessage();
    }

    @Test
    void aSignedAssertionIsReadAfterItsSignatureVerifies() throws Exception {
        PartnerAssertion assertion = PartnerAssertion.parse(encode(signedXml("alice@acme.example")));
        assertThrows(IllegalStateException.class, assertion::nameId, "nothing is read before verification");

        assertion.verify(List.of(otherCertificate, certificate), RS256);
        assertEquals("alice@acme.example", assertion.nameId());
        assertEquals(NameIDType.EMAIL, assertion.nameIdFormat());
        assertEquals(List.of(List.of("https://sts.test")), assertion.audienceRestrictions());
        assertEquals(List.of("buyers", "admins"), assertion.attributes().get("groups"));
        assertEquals("alice@acme.example", assertion.attributes().get("mail"));
        assertEquals("https://sts.test/oauth2/token", assertion.bearerConfirmations().get(0).recipient());
    }

    @Test
    void anotherKeyOrAnotherAlgorithmIsRefused() throws Exception {
        String token = encode(signedXml("alice@acme.example"));
        assertTrue(assertThrows(SamlRefusal.class, () -> PartnerAssertion.parse(token)
                .verify(List.of(otherCertificate), RS256)).getMessage().contains("registered certificates"));
        assertTrue(assertThrows(SamlRefusal.class, () -> PartnerAssertion.parse(token)
                .verify(List.of(certificate), Set.of("ES256"))).getMessage().contains("algorithm"));
    }

    @Test
    void alteredStrippedOrWrappedAssertionsAreRefused() {
        String xml = signedXml("alice@acme.example");
        assertTrue(refusal(encode(xml.replace(">alice@acme.example<", ">admin@acme.example<")))
                .contains("does not verify"));
        String stripped = xml.replaceAll("(?s)<ds:Signature.*</ds:Signature>", "");
        assertEquals("is not signed", refusal(encode(stripped)));

        String id = xml.replaceAll("(?s).*<saml2:Assertion[^>]* ID=\"([^\"]+)\".*", "$1");
        String inner = xml.replaceFirst("<\\?xml[^>]*>", "");
        String wrapped = stripped.replaceFirst("<\\?xml[^>]*>", "").replace(">alice@acme.example<", ">admin@acme.example<")
                .replace("</saml2:Assertion>", "<saml2:Advice>" + inner + "</saml2:Advice></saml2:Assertion>");
        assertTrue(wrapped.contains("ID=\"" + id + "\""));
        assertTrue(refusal(encode(wrapped)).contains("another element with the signed element's ID"));
    }

    @Test
    void dtdsAndNonAssertionsAreRefusedBeforeAnythingIsRead() {
        String xml = signedXml("alice@acme.example").replaceFirst("<\\?xml[^>]*>", "");
        assertEquals("contains a DTD, which is refused",
                refusal(encode("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + xml)));
        assertEquals("is not base64url", refusal("PHNhbWw++/=="));
        assertEquals("is not a SAML assertion but a JWT", refusal("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"));
        assertEquals("is not a SAML assertion", refusal(encode("plain text")));
        assertEquals("is not a SAML 2.0 Assertion", refusal(encode("<a xmlns=\"urn:x\"/>")));
        assertEquals("is not well-formed XML", refusal(encode("<saml2:Assertion")));
        assertEquals("is too large", refusal("A".repeat(PartnerAssertion.MAX_LENGTH + 1)));
    }
}

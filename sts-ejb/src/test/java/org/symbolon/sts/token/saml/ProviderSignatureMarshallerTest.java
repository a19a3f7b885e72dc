package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.xmlsec.signature.impl.SignatureImpl;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.TestKeys;

class ProviderSignatureMarshallerTest {

    static final String NATIVE = "AmazonCorrettoCryptoProvider";

    static LoadedKey nativeKey;
    static LoadedKey jdkKey;

    @BeforeAll
    static void oneKeyInBothForms() throws Exception {
        OpenSamlSetup.ensureInitialised();
        nativeKey = TestKeys.ring(new TestConfig()).active(SigningAlgorithm.RS256);
        assertEquals(NATIVE, nativeKey.provider().getName(), "the key ring loads keys for the native provider here");
        PrivateKey jdkPrivate = (PrivateKey) KeyFactory.getInstance("RSA").translateKey(nativeKey.privateKey());
        jdkKey = new LoadedKey(nativeKey.kid(), nativeKey.alg(), nativeKey.state(), nativeKey.publicJwk(), null,
                null, jdkPrivate, nativeKey.certificate(), null);
    }

    static Assertion assertion() {
        Issuer issuer = SamlObjects.build(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setValue("https://sts.example.com");
        Assertion assertion = SamlObjects.build(Assertion.DEFAULT_ELEMENT_NAME);
        assertion.setID("_0123456789abcdef0123456789abcdef");
        assertion.setIssueInstant(Instant.parse("2026-11-26T08:00:00.250Z"));
        assertion.setIssuer(issuer);
        return assertion;
    }

    static String providerThatSigned(Assertion assertion) {
        return ((SignatureImpl) assertion.getSignature()).getXMLSignature().getSignedInfo().getSignatureAlgorithm()
                .getJCEProviderName();
    }

    @Test
    void ourKeySignsXmlByItsNativeProviderAndAnyRelyingPartyVerifiesIt() throws Exception {
        Assertion assertion = assertion();
        SamlSigner.sign(assertion, nativeKey);

        assertEquals(NATIVE, providerThatSigned(assertion));
        String xml = SamlXml.serialize(assertion);
        SamlTestSupport.verify(SamlTestSupport.<Assertion>parse(xml).getSignature(), nativeKey.certificate());
    }

    @Test
    void theNativeAndTheJdkSignatureOfOneAssertionAreTheSameBytes() {
        Assertion byNative = assertion();
        SamlSigner.sign(byNative, nativeKey);
        Assertion byJdk = assertion();
        SamlSigner.sign(byJdk, jdkKey);

        assertNotEquals(NATIVE, providerThatSigned(byJdk));
        assertNotNull(providerThatSigned(byJdk));
        // RSA PKCS#1 v1.5 is deterministic: the same key over the same SignedInfo gives the same value
        assertEquals(SamlXml.serialize(byJdk), SamlXml.serialize(byNative));
    }

    @Test
    void aNativelySignedAssertionChangedAfterwardsFailsVerification() throws Exception {
        Assertion assertion = assertion();
        SamlSigner.sign(assertion, nativeKey);
        String tampered = SamlXml.serialize(assertion).replace("https://sts.example.com", "https://evil.example.com");

        Assertion parsed = SamlTestSupport.parse(tampered);
        assertEquals("https://evil.example.com", parsed.getIssuer().getValue());
        assertThrows(SignatureException.class,
                () -> SamlTestSupport.verify(parsed.getSignature(), nativeKey.certificate()));
    }
}

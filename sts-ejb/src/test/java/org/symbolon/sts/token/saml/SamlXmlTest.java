package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.AttributeValue;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.TestKeys;
import org.w3c.dom.Element;

class SamlXmlTest {

    static final String AWKWARD = "Zoë <Müller> & \"Søren\" 'Ōtani' 日本語 \uD83D\uDD11 tab\there";

    static LoadedKey key;

    @BeforeAll
    static void init() {
        OpenSamlSetup.ensureInitialised();
        key = TestKeys.ring(new TestConfig()).active(SigningAlgorithm.RS256);
    }

    static Assertion signedAssertionWith(String value) {
        Assertion assertion = ProviderSignatureMarshallerTest.assertion();
        Attribute attribute = SamlObjects.build(Attribute.DEFAULT_ELEMENT_NAME);
        attribute.setName("displayName");
        attribute.setFriendlyName(value);
        attribute.getAttributeValues().add(SamlObjects.string(AttributeValue.DEFAULT_ELEMENT_NAME, value));
        AttributeStatement statement = SamlObjects.build(AttributeStatement.DEFAULT_ELEMENT_NAME);
        statement.getAttributes().add(attribute);
        assertion.getAttributeStatements().add(statement);
        SamlSigner.sign(assertion, key);
        return assertion;
    }

    @Test
    void writesWhatOpenSamlWritesCharacterForCharacter() {
        Assertion assertion = signedAssertionWith(AWKWARD);

        assertEquals(SerializeSupport.nodeToString(assertion.getDOM()), SamlXml.serialize(assertion));
    }

    @Test
    void writesLineBreaksAndTabsAsOpenSamlDoesInTextAndInAttributeValues() {
        Assertion assertion = signedAssertionWith("two\r\nlines\nand a\ttab, \"quoted\" > 'both'");

        assertEquals(SerializeSupport.nodeToString(assertion.getDOM()), SamlXml.serialize(assertion));
    }

    @Test
    void writesAnEncryptedAssertionAsOpenSamlDoes() throws Exception {
        EncryptedAssertionTest.relyingPartyWithItsOwnKey();
        Assertion assertion = signedAssertionWith(AWKWARD);
        EncryptedAssertion encrypted = AssertionEncrypter.encrypt(assertion, EncryptedAssertionTest.relyingPartyCertificate);

        String xml = SamlXml.serialize(encrypted);

        assertEquals(SerializeSupport.nodeToString(encrypted.getDOM()), xml);
        EncryptedAssertion parsed = SamlTestSupport.parse(xml);
        Assertion decrypted = EncryptedAssertionTest.decrypt(parsed, EncryptedAssertionTest.relyingPartyKeys,
                EncryptedAssertionTest.relyingPartyCertificate);
        SamlTestSupport.verify(decrypted.getSignature(), key.certificate());
    }

    @Test
    void aDomTheWalkDoesNotExpectIsWrittenByTheJdkSerializer() {
        Assertion assertion = signedAssertionWith(AWKWARD);
        Element dom = assertion.getDOM();
        dom.appendChild(dom.getOwnerDocument().createComment(" added after signing "));

        String xml = SamlXml.serialize(assertion);

        assertEquals(SerializeSupport.nodeToString(dom), xml);
        assertTrue(xml.contains("<!-- added after signing -->"), xml);
    }

    @Test
    void refusesACharacterXmlCannotCarry() {
        Assertion assertion = ProviderSignatureMarshallerTest.assertion();
        assertion.getIssuer().setValue("https://sts.example.com/\u0007/");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SamlXml.serialize(assertion));

        assertTrue(refused.getMessage().contains("U+7"), refused.getMessage());
    }

    @Test
    void refusesALoneSurrogate() {
        Assertion assertion = ProviderSignatureMarshallerTest.assertion();
        assertion.getIssuer().setValue("https://sts.example.com/\uD83D/");

        assertThrows(IllegalStateException.class, () -> SamlXml.serialize(assertion));
    }

    @Test
    void declaresUtf8AndEscapesMarkupSoTheSignedValueComesBackIntact() throws Exception {
        String xml = SamlXml.serialize(signedAssertionWith(AWKWARD));

        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("Zoë &lt;Müller&gt; &amp;"), xml);
        Assertion parsed = SamlTestSupport.parse(xml);
        SamlTestSupport.verify(parsed.getSignature(), key.certificate());
        String value = parsed.getAttributeStatements().get(0).getAttributes().get(0).getAttributeValues().get(0)
                .getDOM().getTextContent();
        assertEquals(AWKWARD, value);
    }

    @Test
    void anUnsignedObjectIsMarshalledFirst() throws Exception {
        Assertion assertion = ProviderSignatureMarshallerTest.assertion();

        Assertion parsed = SamlTestSupport.parse(SamlXml.serialize(assertion));

        assertEquals("_0123456789abcdef0123456789abcdef", parsed.getID());
        assertEquals("https://sts.example.com", parsed.getIssuer().getValue());
    }
}

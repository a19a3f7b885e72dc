package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.AttributeValue;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.TestKeys;

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

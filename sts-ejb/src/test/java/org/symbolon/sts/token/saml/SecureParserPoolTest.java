package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.saml.saml2.core.NameID;

class SecureParserPoolTest {

    @BeforeAll
    static void openSaml() {
        OpenSamlSetup.ensureInitialised();
    }

    @Test
    void externalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE n [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<saml2:NameID xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\">&xxe;</saml2:NameID>";
        assertThrows(XMLParserException.class, () -> SamlTestSupport.parse(xxe));
    }

    @Test
    void entityExpansionBombIsRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<saml2:NameID xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\">&c;</saml2:NameID>";
        assertThrows(XMLParserException.class, () -> SamlTestSupport.parse(bomb));
    }

    @Test
    void textSplitByACommentIsReadWhole() throws Exception {
        NameID nameId = SamlTestSupport.parse("<saml2:NameID xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\">"
                + "victim@x.test<!---->.evil.test</saml2:NameID>");

        assertEquals("victim@x.test.evil.test", nameId.getValue());
    }

    @Test
    void openSamlParsesWithThisPool() {
        assertSame(OpenSamlSetup.ensureInitialised(), XMLObjectProviderRegistrySupport.getParserPool());
    }
}

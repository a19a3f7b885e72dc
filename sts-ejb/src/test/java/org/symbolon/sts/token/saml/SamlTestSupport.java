package org.symbolon.sts.token.saml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.opensaml.core.xml.util.XMLObjectSupport;
import org.opensaml.saml.security.impl.SAMLSignatureProfileValidator;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.SignatureValidator;

/** Reading SAML back as a relying party would: parsed by the secure pool, checked by OpenSAML's validators. */
final class SamlTestSupport {

    private SamlTestSupport() {
    }

    @SuppressWarnings("unchecked")
    static <T extends XMLObject> T parse(String xml) throws XMLParserException, UnmarshallingException {
        return (T) XMLObjectSupport.unmarshallFromInputStream(OpenSamlSetup.ensureInitialised(),
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The SAML signature profile (enveloped, one reference to the signed element's ID), then the signature itself. */
    static void verify(Signature signature, X509Certificate trusted) throws SignatureException {
        new SAMLSignatureProfileValidator().validate(signature);
        SignatureValidator.validate(signature, new BasicX509Credential(trusted));
    }

    static List<X509Certificate> keyInfoCertificates(Signature signature) throws CertificateException {
        return KeyInfoSupport.getCertificates(signature.getKeyInfo());
    }
}

package org.symbolon.sts.token.saml;

import java.security.cert.X509Certificate;
import org.opensaml.core.xml.io.MarshallingException;
import org.opensaml.core.xml.util.XMLObjectSupport;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.opensaml.saml.saml2.encryption.Encrypter;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.encryption.support.DataEncryptionParameters;
import org.opensaml.xmlsec.encryption.support.EncryptionConstants;
import org.opensaml.xmlsec.encryption.support.EncryptionException;
import org.opensaml.xmlsec.encryption.support.KeyEncryptionParameters;
import org.opensaml.xmlsec.keyinfo.impl.X509KeyInfoGeneratorFactory;

/**
 * Encrypts an assertion for one relying party: AES-256-GCM for the content, its key transported with
 * RSA-OAEP (rsa-oaep-mgf1p, SHA-1 inside OAEP: the variant every SAML stack decrypts, and OAEP does not
 * rest on SHA-1's collision resistance) under the relying party's certificate, which KeyInfo names so
 * that a relying party holding several keys picks the right one.
 */
final class AssertionEncrypter {

    private AssertionEncrypter() {
    }

    static EncryptedAssertion encrypt(Assertion assertion, X509Certificate recipient) {
        DataEncryptionParameters data = new DataEncryptionParameters();
        data.setAlgorithm(EncryptionConstants.ALGO_ID_BLOCKCIPHER_AES256_GCM);
        X509KeyInfoGeneratorFactory keyInfo = new X509KeyInfoGeneratorFactory();
        keyInfo.setEmitEntityCertificate(true);
        KeyEncryptionParameters keyTransport = new KeyEncryptionParameters();
        keyTransport.setEncryptionCredential(new BasicX509Credential(recipient));
        keyTransport.setAlgorithm(EncryptionConstants.ALGO_ID_KEYTRANSPORT_RSAOAEP);
        keyTransport.setKeyInfoGenerator(keyInfo.newInstance());
        Encrypter encrypter = new Encrypter(data, keyTransport);
        encrypter.setKeyPlacement(Encrypter.KeyPlacement.INLINE);
        try {
            EncryptedAssertion encrypted = encrypter.encrypt(assertion);
            Base64LineBreaks.toLineFeeds(XMLObjectSupport.marshall(encrypted), Base64LineBreaks.XENC_NS, "CipherValue");
            return encrypted;
        } catch (EncryptionException | MarshallingException e) {
            throw new IllegalStateException("Assertion encryption failed", e);
        }
    }
}

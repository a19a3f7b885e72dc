package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.opensaml.saml.saml2.encryption.Decrypter;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.encryption.EncryptedKey;
import org.opensaml.xmlsec.encryption.support.DecryptionException;
import org.opensaml.xmlsec.encryption.support.EncryptionConstants;
import org.opensaml.xmlsec.encryption.support.InlineEncryptedKeyResolver;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.keyinfo.impl.StaticKeyInfoCredentialResolver;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.SigningCertificates;

class EncryptedAssertionTest {

    static KeyPair relyingPartyKeys;
    static X509Certificate relyingPartyCertificate;

    @BeforeAll
    static void relyingPartyWithItsOwnKey() throws NoSuchAlgorithmException {
        SamlAssertionIssuerTest.issuerWithGeneratedKeys();
        relyingPartyKeys = rsaKeys();
        relyingPartyCertificate = SigningCertificates.selfSigned(relyingPartyKeys, "sp.example.com", Instant.now(),
                Duration.ofDays(1));
    }

    static KeyPair rsaKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static IssuedAssertion issueEncrypted() {
        return SamlAssertionIssuerTest.issuer.issueEncrypted(
                SamlAssertionIssuerTest.request(true, SamlAssertionIssuerTest.attributes()), relyingPartyCertificate);
    }

    static Assertion decrypt(EncryptedAssertion encrypted, KeyPair keys, X509Certificate certificate)
            throws DecryptionException {
        var credential = new BasicX509Credential(certificate, keys.getPrivate());
        Decrypter decrypter = new Decrypter(null, new StaticKeyInfoCredentialResolver(credential),
                new InlineEncryptedKeyResolver());
        // the decrypted assertion becomes its own document, so its enveloped signature can be checked
        decrypter.setRootInNewDocument(true);
        return decrypter.decrypt(encrypted);
    }

    @Test
    void encryptedAssertionRevealsNothingAndNamesItsAlgorithms() throws Exception {
        IssuedAssertion issued = issueEncrypted();
        EncryptedAssertion encrypted = SamlTestSupport.parse(issued.xml());
        EncryptedKey key = encrypted.getEncryptedData().getKeyInfo().getEncryptedKeys().get(0);

        assertFalse(issued.xml().contains("alice"), "the subject is not readable");
        assertFalse(issued.xml().contains("orders:read"), "the attributes are not readable");
        assertFalse(issued.xml().contains("&#13;"));
        assertEquals(EncryptionConstants.ALGO_ID_BLOCKCIPHER_AES256_GCM,
                encrypted.getEncryptedData().getEncryptionMethod().getAlgorithm());
        assertEquals(EncryptionConstants.ALGO_ID_KEYTRANSPORT_RSAOAEP, key.getEncryptionMethod().getAlgorithm());
        assertEquals(List.of(relyingPartyCertificate), KeyInfoSupport.getCertificates(key.getKeyInfo()),
                "the relying party can tell which of its keys to use");
    }

    @Test
    void relyingPartyDecryptsTheSignedAssertion() throws Exception {
        IssuedAssertion issued = issueEncrypted();
        EncryptedAssertion encrypted = SamlTestSupport.parse(issued.xml());

        Assertion assertion = decrypt(encrypted, relyingPartyKeys, relyingPartyCertificate);

        assertEquals(issued.id(), assertion.getID());
        assertEquals("alice@example.com", assertion.getSubject().getNameID().getValue());
        SamlTestSupport.verify(assertion.getSignature(),
                SamlAssertionIssuerTest.keyRing.active(SigningAlgorithm.RS256).certificate());
    }

    @Test
    void anotherKeyCannotDecrypt() throws Exception {
        EncryptedAssertion encrypted = SamlTestSupport.parse(issueEncrypted().xml());
        KeyPair otherKeys = rsaKeys();

        assertThrows(DecryptionException.class, () -> decrypt(encrypted, otherKeys, relyingPartyCertificate));
    }
}

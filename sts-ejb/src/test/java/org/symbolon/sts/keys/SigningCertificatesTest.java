package org.symbolon.sts.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningCertificatesTest {

    private static final Instant CREATED = Instant.parse("2026-11-26T09:15:30.789Z");

    private final KeyPair keys = keyPair();

    private static KeyPair keyPair() {
        try {
            return ((RSAKey) KeyMaterial.generate(SigningAlgorithm.RS256, 2048)).toKeyPair();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate certificate() {
        return SigningCertificates.selfSigned(keys, "sts.example.com", CREATED, Duration.ofDays(730));
    }

    @Test
    void certificateIsSelfSignedWithSha256WithRsaOverTheKeysOwnPublicKey() throws Exception {
        X509Certificate certificate = certificate();

        assertEquals("CN=sts.example.com", certificate.getSubjectX500Principal().getName());
        assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertEquals("SHA256withRSA", certificate.getSigAlgName());
        assertEquals(keys.getPublic(), certificate.getPublicKey());
        assertEquals(3, certificate.getVersion());
        certificate.verify(keys.getPublic());
    }

    @Test
    void validityRunsFromCreationForTheGivenPeriod() {
        X509Certificate certificate = certificate();

        assertEquals(Instant.parse("2026-11-26T09:15:30Z"), certificate.getNotBefore().toInstant());
        assertEquals(Instant.parse("2028-11-25T09:15:30Z"), certificate.getNotAfter().toInstant());
    }

    @Test
    void serialNumbersArePositiveRandomAndFitTwentyOctets() {
        X509Certificate one = certificate();
        X509Certificate two = certificate();

        assertNotEquals(one.getSerialNumber(), two.getSerialNumber());
        assertEquals(1, one.getSerialNumber().signum());
        assertTrue(one.getSerialNumber().bitLength() <= 159);
    }

    @Test
    void pemRoundTripsTheCertificate() {
        X509Certificate certificate = certificate();
        String pem = CertificatePem.encode(certificate);

        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n") && pem.endsWith("-----END CERTIFICATE-----\n"));
        assertTrue(pem.lines().allMatch(line -> line.length() <= 64));
        assertEquals(certificate, CertificatePem.decode(pem));
    }
}

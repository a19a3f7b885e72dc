package org.symbolon.sts.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.config.UtcClock;

class KeyCertificatesTest {

    private final TestConfig config = new TestConfig();
    private final MasterKey masterKey = TestKeys.masterKey(config);
    private final KeyCertificates certificates = certificates();

    private KeyCertificates certificates() {
        KeyCertificates c = new KeyCertificates();
        c.config = config;
        c.saml = TestConfig.saml();
        c.masterKey = masterKey;
        return c;
    }

    @Test
    void rs256KeyGetsACertificateNamedAfterTheIssuerHostValidFromItsCreation() throws Exception {
        JWK jwk = KeyMaterial.generate(SigningAlgorithm.RS256, 2048);
        LocalDateTime created = LocalDateTime.parse("2026-11-26T10:00:00");

        X509Certificate certificate = CertificatePem.decode(certificates.forKey(jwk, created));

        assertEquals("CN=sts.test", certificate.getSubjectX500Principal().getName());
        assertEquals(UtcClock.toInstant(created), certificate.getNotBefore().toInstant());
        assertEquals(UtcClock.toInstant(created.plusDays(730)), certificate.getNotAfter().toInstant());
        assertEquals(jwk.toRSAKey().toPublicKey(), certificate.getPublicKey());
    }

    @Test
    void es256KeyGetsNoCertificate() {
        assertNull(certificates.forKey(KeyMaterial.generate(SigningAlgorithm.ES256, 2048), UtcClock.now()));
    }

    @Test
    void storedKeyGetsACertificateForItsOwnKey() throws Exception {
        StoredKey stored = TestKeys.storedWithoutCertificate(masterKey, SigningAlgorithm.RS256, KeyState.ACTIVE);

        X509Certificate certificate = CertificatePem.decode(certificates.forStoredKey(stored));

        assertEquals(JWK.parse(stored.publicJwk()).toRSAKey().toPublicKey(), certificate.getPublicKey());
    }

    @Test
    void startGivesEveryRs256KeyWithoutOneACertificateAndKeepsExistingOnes() {
        StoredKey old = TestKeys.storedWithoutCertificate(masterKey, SigningAlgorithm.RS256, KeyState.ACTIVE);
        StoredKey withCertificate = TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.NEXT);
        StoredKey ec = TestKeys.storedWithoutCertificate(masterKey, SigningAlgorithm.ES256, KeyState.ACTIVE);
        InMemoryKeys repository = new InMemoryKeys(List.of(old, withCertificate, ec));
        SigningKeyService service = new SigningKeyService();
        service.repository = repository;
        service.certificates = certificates;

        service.attachMissingCertificates();

        assertTrue(repository.get(old.kid()).certificate().isPresent());
        assertEquals(withCertificate.certificatePem(), repository.get(withCertificate.kid()).certificatePem());
        assertNull(repository.get(ec.kid()).certificatePem());
        assertFalse(repository.attachCertificate(old.kid(), withCertificate.certificatePem()),
                "a stored certificate is never replaced");
    }

    /** The repository contract, in memory: attaching succeeds only where no certificate is stored yet. */
    private static final class InMemoryKeys implements SigningKeyRepository {

        private final Map<String, StoredKey> keys = new LinkedHashMap<>();

        InMemoryKeys(List<StoredKey> stored) {
            stored.forEach(this::insert);
        }

        StoredKey get(String kid) {
            return keys.get(kid);
        }

        @Override
        public List<StoredKey> findAll() {
            return new ArrayList<>(keys.values());
        }

        @Override
        public void insert(StoredKey key) {
            keys.put(key.kid(), key);
        }

        @Override
        public void update(StoredKey key) {
            keys.replace(key.kid(), key);
        }

        @Override
        public boolean attachCertificate(String kid, String certificatePem) {
            StoredKey k = keys.get(kid);
            if (k == null || k.certificatePem() != null) {
                return false;
            }
            keys.put(kid, new StoredKey(k.kid(), k.alg(), k.state(), k.publicJwk(), k.sealedPrivateJwk(),
                    k.createdAt(), k.activatedAt(), k.retiredAt(), k.publishUntil(), certificatePem));
            return true;
        }

        @Override
        public void delete(String kid) {
            keys.remove(kid);
        }
    }
}

package org.symbolon.sts.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.config.UtcClock;

class KeyRingTest {

    private final TestConfig config = new TestConfig();
    private final MasterKey masterKey = TestKeys.masterKey(config);

    @Test
    void publishesNextActiveAndUnexpiredRetiredKeysWithoutPrivateParts() throws Exception {
        StoredKey active = TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.ACTIVE);
        StoredKey next = TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.NEXT);
        StoredKey retired = TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.RETIRED)
                .withState(KeyState.RETIRED, null, UtcClock.now(), UtcClock.now().plusHours(1));
        StoredKey expired = TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.RETIRED)
                .withState(KeyState.RETIRED, null, UtcClock.now(), UtcClock.now().minusMinutes(1));
        KeyRing ring = ring(List.of(active, next, retired, expired));

        JWKSet published = JWKSet.parse(ring.publicJwks());
        assertEquals(3, published.getKeys().size());
        assertNotNull(published.getKeyByKeyId(next.kid()), "the next key is published before it signs");
        assertNotNull(published.getKeyByKeyId(retired.kid()), "a retired key stays until its tokens expire");
        assertNull(published.getKeyByKeyId(expired.kid()));
        assertTrue(published.getKeys().stream().noneMatch(k -> k.isPrivate()));
        assertFalse(ring.publicJwks().contains("\"d\""));
    }

    @Test
    void onlyTheActiveKeySigns() {
        StoredKey active = TestKeys.stored(masterKey, SigningAlgorithm.ES256, KeyState.ACTIVE);
        StoredKey next = TestKeys.stored(masterKey, SigningAlgorithm.ES256, KeyState.NEXT);
        KeyRing ring = ring(List.of(next, active));

        assertEquals(active.kid(), ring.active(SigningAlgorithm.ES256).kid());
        assertNull(ring.byKid(next.kid()).orElseThrow().signer());
    }

    @Test
    void keyRingWithoutActiveKeyIsNotReady() {
        KeyRing ring = ring(List.of(TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.NEXT)));
        assertFalse(ring.hasActiveKey());
    }

    @Test
    void activeRs256KeyCarriesItsCertificateAndPrivateKeyForXmlSignatures() throws Exception {
        StoredKey active = TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.ACTIVE);
        StoredKey next = TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.NEXT);
        KeyRing ring = ring(List.of(active, next));

        LoadedKey loaded = ring.active(SigningAlgorithm.RS256);
        assertEquals(active.certificate().orElseThrow(), loaded.certificate());
        assertEquals(loaded.publicJwk().toRSAKey().toPublicKey(), loaded.certificate().getPublicKey());
        assertNotNull(loaded.privateKey());
        assertEquals(next.kid(), ring.next(SigningAlgorithm.RS256).orElseThrow().kid());
        assertNull(ring.next(SigningAlgorithm.RS256).orElseThrow().privateKey(), "only the active key is opened");
    }

    @Test
    void certificateAttachedAfterLoadingIsPickedUpOnReload() {
        StoredKey bare = TestKeys.storedWithoutCertificate(masterKey, SigningAlgorithm.RS256, KeyState.ACTIVE);
        KeyRing ring = ring(List.of(bare));
        assertNull(ring.active(SigningAlgorithm.RS256).certificate());

        String pem = TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.NEXT).certificatePem();
        ring.load(List.of(new StoredKey(bare.kid(), bare.alg(), bare.state(), bare.publicJwk(),
                bare.sealedPrivateJwk(), bare.createdAt(), bare.activatedAt(), null, null, pem)));

        assertNotNull(ring.active(SigningAlgorithm.RS256).certificate());
    }

    @Test
    void loadedKeyNeverPrintsKeyMaterial() {
        KeyRing ring = ring(List.of(TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.ACTIVE)));
        LoadedKey loaded = ring.active(SigningAlgorithm.RS256);

        assertFalse(loaded.toString().contains(loaded.privateKey().toString()));
        assertFalse(loaded.toString().toLowerCase().contains("exponent"));
        assertTrue(loaded.toString().contains(loaded.kid()));
    }

    private KeyRing ring(List<StoredKey> keys) {
        KeyRing ring = new KeyRing();
        ring.masterKey = masterKey;
        ring.load(keys);
        return ring;
    }
}

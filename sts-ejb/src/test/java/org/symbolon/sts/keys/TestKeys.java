package org.symbolon.sts.keys;

import com.nimbusds.jose.jwk.JWK;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.config.UtcClock;

/** A key ring loaded with one active and one next key per algorithm, as a first start makes it. */
public final class TestKeys {

    private TestKeys() {
    }

    public static MasterKey masterKey(StsConfig config) {
        MasterKey masterKey = new MasterKey();
        masterKey.config = config;
        masterKey.load();
        return masterKey;
    }

    public static KeyRing ring(StsConfig config) {
        MasterKey masterKey = masterKey(config);
        KeyRing ring = new KeyRing();
        ring.masterKey = masterKey;
        List<StoredKey> stored = new ArrayList<>();
        for (SigningAlgorithm alg : SigningAlgorithm.values()) {
            stored.add(stored(masterKey, alg, KeyState.ACTIVE));
            stored.add(stored(masterKey, alg, KeyState.NEXT));
        }
        ring.load(stored);
        return ring;
    }

    /** A stored key as SigningKeyService makes it: RS256 keys with their self-signed certificate. */
    public static StoredKey stored(MasterKey masterKey, SigningAlgorithm alg, KeyState state) {
        StoredKey key = storedWithoutCertificate(masterKey, alg, state);
        if (alg != SigningAlgorithm.RS256) {
            return key;
        }
        KeyCertificates certificates = new KeyCertificates();
        certificates.config = new TestConfig();
        certificates.saml = TestConfig.saml();
        certificates.masterKey = masterKey;
        return new StoredKey(key.kid(), alg, state, key.publicJwk(), key.sealedPrivateJwk(), key.createdAt(),
                key.activatedAt(), null, null, certificates.forStoredKey(key));
    }

    /** A key as stored before keys had certificates. */
    public static StoredKey storedWithoutCertificate(MasterKey masterKey, SigningAlgorithm alg, KeyState state) {
        JWK jwk = KeyMaterial.generate(alg, 2048);
        String sealed = masterKey.seal(jwk.toJSONString().getBytes(StandardCharsets.UTF_8), jwk.getKeyID());
        return new StoredKey(jwk.getKeyID(), alg, state, jwk.toPublicJWK().toJSONString(), sealed, UtcClock.now(),
                state == KeyState.ACTIVE ? UtcClock.now() : null, null, null, null);
    }
}

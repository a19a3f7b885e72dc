package org.symbolon.sts.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;

/**
 * The signing keys in memory, as one immutable snapshot swapped on reload: the token hot path reads
 * it without locks, database access or decryption.
 */
@ApplicationScoped
public class KeyRing {

    @Inject
    MasterKey masterKey;

    @Inject
    @ConfigProperty(name = "sts.crypto.provider", defaultValue = "auto")
    String cryptoProvider = "auto";

    /** Chosen at the first load: null until then. */
    private Optional<Provider> provider;

    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of(), "{\"keys\":[]}");

    private record Snapshot(Map<String, LoadedKey> byKid, Map<SigningAlgorithm, LoadedKey> active,
            Map<SigningAlgorithm, LoadedKey> next, String jwks) {
    }

    public LoadedKey active(SigningAlgorithm alg) {
        LoadedKey key = snapshot.active().get(alg);
        if (key == null) {
            throw StsException.unavailable("No active signing key for " + alg);
        }
        return key;
    }

    /** The key that becomes active at the next rotation, published ahead so relying parties can trust it early. */
    public Optional<LoadedKey> next(SigningAlgorithm alg) {
        return Optional.ofNullable(snapshot.next().get(alg));
    }

    public Optional<LoadedKey> byKid(String kid) {
        return kid == null ? Optional.empty() : Optional.ofNullable(snapshot.byKid().get(kid));
    }

    public boolean hasActiveKey() {
        return !snapshot.active().isEmpty();
    }

    /** The published JWKS: next, active and not yet expired retired keys, public halves only. */
    public String publicJwks() {
        return snapshot.jwks();
    }

    public List<LoadedKey> all() {
        return List.copyOf(snapshot.byKid().values());
    }

    public synchronized void load(List<StoredKey> stored) {
        if (provider == null) {
            provider = SignatureProvider.choose(SignatureProvider.Choice.parse(cryptoProvider));
        }
        LocalDateTime now = UtcClock.now();
        Map<String, LoadedKey> previous = snapshot.byKid();
        Map<String, LoadedKey> byKid = new HashMap<>();
        Map<SigningAlgorithm, LoadedKey> active = new EnumMap<>(SigningAlgorithm.class);
        Map<SigningAlgorithm, LoadedKey> next = new EnumMap<>(SigningAlgorithm.class);
        List<JWK> published = new ArrayList<>();
        for (StoredKey key : stored) {
            if (key.state() == KeyState.RETIRED && key.publishUntil() != null && key.publishUntil().isBefore(now)) {
                continue;
            }
            LoadedKey loaded = reuseOrLoad(previous.get(key.kid()), key);
            byKid.put(key.kid(), loaded);
            published.add(loaded.publicJwk());
            if (key.state() == KeyState.ACTIVE) {
                active.merge(key.alg(), loaded, (a, b) -> a);
            } else if (key.state() == KeyState.NEXT) {
                next.merge(key.alg(), loaded, (a, b) -> a);
            }
        }
        snapshot = new Snapshot(Map.copyOf(byKid), active, next, new JWKSet(published).toString(true));
    }

    private LoadedKey reuseOrLoad(LoadedKey previous, StoredKey key) {
        boolean needsSigner = key.state() == KeyState.ACTIVE;
        // a certificate attached since the last load (at start, by another node) must not be missed
        boolean certificateUnchanged = previous != null
                && (previous.certificate() != null) == (key.certificatePem() != null);
        if (certificateUnchanged && previous.state() == key.state() && (!needsSigner || previous.signer() != null)) {
            return previous;
        }
        try {
            JWK publicJwk = JWK.parse(key.publicJwk());
            X509Certificate certificate = key.certificate().orElse(null);
            if (!needsSigner) {
                return new LoadedKey(key.kid(), key.alg(), key.state(), publicJwk, null,
                        KeyMaterial.verifier(publicJwk, provider), null, certificate, provider.orElse(null));
            }
            byte[] privateJson = masterKey.open(key.sealedPrivateJwk(), key.kid());
            JWK privateJwk = JWK.parse(new String(privateJson, StandardCharsets.UTF_8));
            Arrays.fill(privateJson, (byte) 0);
            return new LoadedKey(key.kid(), key.alg(), key.state(), publicJwk, KeyMaterial.signer(privateJwk, provider),
                    KeyMaterial.verifier(publicJwk, provider), KeyMaterial.privateKey(privateJwk, provider), certificate,
                    provider.orElse(null));
        } catch (ParseException e) {
            throw new IllegalStateException("Stored key " + key.kid() + " is unreadable", e);
        }
    }
}

package org.symbolon.sts.keys;

import com.nimbusds.jose.jwk.JWK;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;

/**
 * Owns the signing keys: creates them on first start, rotates them, and keeps the in-memory
 * {@link KeyRing} in step with the database so every node signs with the same active key.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SigningKeyService {

    private static final Logger LOG = Logger.getLogger(SigningKeyService.class.getName());

    @Inject
    StsConfig config;

    @Inject
    SigningKeyRepository repository;

    @Inject
    MasterKey masterKey;

    @Inject
    KeyRing keyRing;

    @Inject
    KeyCertificates certificates;

    @Inject
    AuditLog audit;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        synchronized (this) {
            for (SigningAlgorithm alg : SigningAlgorithm.values()) {
                ensureKeys(alg);
            }
            attachMissingCertificates();
            keyRing.load(repository.findAll());
        }
        long interval = config.keyRefreshInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("key-refresh", false));
    }

    @Timeout
    void refresh() {
        try {
            keyRing.load(repository.findAll());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Signing keys could not be refreshed; keeping the loaded ones: {0}", e.toString());
        }
    }

    /** Promotes the next key to active, retires the active one (still published) and creates a new next key. */
    public synchronized List<StoredKey> rotate(SigningAlgorithm alg, String actor) {
        ensureKeys(alg);
        LocalDateTime now = UtcClock.now();
        LocalDateTime publishUntil = now.plus(config.maxAccessTokenLifetime()).plus(config.clockSkew());
        List<StoredKey> ofAlg = repository.findAll().stream().filter(k -> k.alg() == alg).toList();
        // the oldest next key (published longest) becomes active; any other next key stays next
        StoredKey promoted = ofAlg.stream().filter(k -> k.state() == KeyState.NEXT).findFirst().orElseThrow();
        for (StoredKey key : ofAlg) {
            if (key.state() == KeyState.ACTIVE) {
                repository.update(key.withState(KeyState.RETIRED, key.activatedAt(), now, publishUntil));
            } else if (key == promoted) {
                repository.update(key.withState(KeyState.ACTIVE, now, null, null));
            } else if (key.state() == KeyState.RETIRED && key.publishUntil() != null
                    && key.publishUntil().isBefore(now)) {
                repository.delete(key.kid());
            }
        }
        if (ofAlg.stream().noneMatch(k -> k.state() == KeyState.NEXT && k != promoted)) {
            repository.insert(newKey(alg, KeyState.NEXT, null));
        }
        List<StoredKey> after = repository.findAll();
        keyRing.load(after);
        audit.success(actor, "signing-key.rotate", alg.name(), null, null);
        LOG.info(() -> "Rotated " + alg + " signing keys");
        return after;
    }

    public List<StoredKey> list() {
        return repository.findAll();
    }

    private void ensureKeys(SigningAlgorithm alg) {
        List<StoredKey> ofAlg = repository.findAll().stream().filter(k -> k.alg() == alg).toList();
        if (ofAlg.stream().noneMatch(k -> k.state() == KeyState.ACTIVE)) {
            repository.insert(newKey(alg, KeyState.ACTIVE, UtcClock.now()));
            LOG.info(() -> "Generated the first active " + alg + " signing key");
        }
        if (ofAlg.stream().noneMatch(k -> k.state() == KeyState.NEXT)) {
            repository.insert(newKey(alg, KeyState.NEXT, null));
        }
    }

    /** RS256 keys stored before keys had certificates get one; the first node to store it wins. */
    void attachMissingCertificates() {
        for (StoredKey key : repository.findAll()) {
            if (key.alg() == SigningAlgorithm.RS256 && key.certificatePem() == null
                    && repository.attachCertificate(key.kid(), certificates.forStoredKey(key))) {
                LOG.info(() -> "Created the signing certificate of key " + key.kid());
            }
        }
    }

    private StoredKey newKey(SigningAlgorithm alg, KeyState state, LocalDateTime activatedAt) {
        JWK jwk = KeyMaterial.generate(alg, config.rsaKeySize());
        String sealed = masterKey.seal(jwk.toJSONString().getBytes(StandardCharsets.UTF_8), jwk.getKeyID());
        LocalDateTime now = UtcClock.now();
        return new StoredKey(jwk.getKeyID(), alg, state, jwk.toPublicJWK().toJSONString(), sealed, now,
                activatedAt == null ? null : now, null, null, certificates.forKey(jwk, now));
    }
}

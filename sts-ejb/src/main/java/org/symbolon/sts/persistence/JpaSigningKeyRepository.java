package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.symbolon.sts.keys.KeyState;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.SigningKeyRepository;
import org.symbolon.sts.keys.StoredKey;

@Stateless
public class JpaSigningKeyRepository implements SigningKeyRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    /** Always the database's state: other nodes and bulk updates change rows behind this persistence context. */
    @Override
    public List<StoredKey> findAll() {
        return em.createQuery("SELECT k FROM SigningKeyEntity k ORDER BY k.createdAt", SigningKeyEntity.class)
                .setHint("eclipselink.refresh", "true")
                .getResultList().stream().map(JpaSigningKeyRepository::toKey).toList();
    }

    @Override
    public void insert(StoredKey key) {
        em.persist(toEntity(key));
    }

    /**
     * Merged from a detached copy: EclipseLink's woven change tracking does not see fields of a managed
     * entity assigned from outside the entity class, so such an update would silently never be written.
     */
    @Override
    public void update(StoredKey key) {
        if (em.find(SigningKeyEntity.class, key.kid()) != null) {
            em.merge(toEntity(key));
        }
    }

    /** One conditional UPDATE, so two nodes starting together cannot overwrite each other's certificate. */
    @Override
    public boolean attachCertificate(String kid, String certificatePem) {
        return em.createQuery("UPDATE SigningKeyEntity k SET k.certificatePem = :pem"
                        + " WHERE k.kid = :kid AND k.certificatePem IS NULL")
                .setParameter("pem", certificatePem)
                .setParameter("kid", kid)
                .executeUpdate() == 1;
    }

    @Override
    public void delete(String kid) {
        SigningKeyEntity e = em.find(SigningKeyEntity.class, kid);
        if (e != null) {
            em.remove(e);
        }
    }

    private static SigningKeyEntity toEntity(StoredKey key) {
        SigningKeyEntity e = new SigningKeyEntity();
        e.kid = key.kid();
        e.createdAt = key.createdAt();
        e.alg = key.alg().name();
        e.state = key.state().name();
        e.publicJwk = key.publicJwk();
        e.privateKeyEncrypted = key.sealedPrivateJwk();
        e.activatedAt = key.activatedAt();
        e.retiredAt = key.retiredAt();
        e.publishUntil = key.publishUntil();
        e.certificatePem = key.certificatePem();
        return e;
    }

    private static StoredKey toKey(SigningKeyEntity e) {
        return new StoredKey(e.kid, SigningAlgorithm.valueOf(e.alg), KeyState.valueOf(e.state), e.publicJwk,
                e.privateKeyEncrypted, e.createdAt, e.activatedAt, e.retiredAt, e.publishUntil, e.certificatePem);
    }
}

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

    @Override
    public List<StoredKey> findAll() {
        return em.createQuery("SELECT k FROM SigningKeyEntity k ORDER BY k.createdAt", SigningKeyEntity.class)
                .getResultList().stream().map(JpaSigningKeyRepository::toKey).toList();
    }

    @Override
    public void insert(StoredKey key) {
        SigningKeyEntity e = new SigningKeyEntity();
        e.kid = key.kid();
        e.createdAt = key.createdAt();
        copy(key, e);
        em.persist(e);
    }

    @Override
    public void update(StoredKey key) {
        SigningKeyEntity e = em.find(SigningKeyEntity.class, key.kid());
        if (e != null) {
            copy(key, e);
        }
    }

    @Override
    public void delete(String kid) {
        SigningKeyEntity e = em.find(SigningKeyEntity.class, kid);
        if (e != null) {
            em.remove(e);
        }
    }

    private static void copy(StoredKey key, SigningKeyEntity e) {
        e.alg = key.alg().name();
        e.state = key.state().name();
        e.publicJwk = key.publicJwk();
        e.privateKeyEncrypted = key.sealedPrivateJwk();
        e.activatedAt = key.activatedAt();
        e.retiredAt = key.retiredAt();
        e.publishUntil = key.publishUntil();
    }

    private static StoredKey toKey(SigningKeyEntity e) {
        return new StoredKey(e.kid, SigningAlgorithm.valueOf(e.alg), KeyState.valueOf(e.state), e.publicJwk,
                e.privateKeyEncrypted, e.createdAt, e.activatedAt, e.retiredAt, e.publishUntil);
    }
}

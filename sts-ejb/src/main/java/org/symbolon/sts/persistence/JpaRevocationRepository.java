package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.symbolon.sts.token.RevocationRepository;
import org.symbolon.sts.token.RevokedToken;

@Stateless
public class JpaRevocationRepository implements RevocationRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public void insertIfAbsent(RevokedToken revoked) {
        if (em.find(RevokedTokenEntity.class, revoked.jti()) != null) {
            return;
        }
        RevokedTokenEntity e = new RevokedTokenEntity();
        e.jti = revoked.jti();
        e.clientId = revoked.clientId();
        e.expiresAt = revoked.expiresAt();
        e.revokedAt = revoked.revokedAt();
        em.persist(e);
        em.flush();
    }

    @Override
    public List<RevokedToken> revokedSince(LocalDateTime since, LocalDateTime notExpiredAt) {
        return em.createQuery("SELECT r FROM RevokedTokenEntity r WHERE r.revokedAt >= :since"
                        + " AND r.expiresAt > :now", RevokedTokenEntity.class)
                .setParameter("since", since)
                .setParameter("now", notExpiredAt)
                .getResultList().stream()
                .map(e -> new RevokedToken(e.jti, e.clientId, e.expiresAt, e.revokedAt))
                .toList();
    }

    @Override
    public int deleteExpired(LocalDateTime before) {
        return em.createQuery("DELETE FROM RevokedTokenEntity r WHERE r.expiresAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}

package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import org.symbolon.sts.config.ThisNode;
import org.symbolon.sts.token.RevocationRepository;
import org.symbolon.sts.token.RevokedToken;

@Stateless
public class JpaRevocationRepository implements RevocationRepository {

    /** Columns, not entities: nothing to register in the persistence context. */
    private static final String COLUMNS = "SELECT r.jti, r.clientId, r.expiresAt, r.revokedAt FROM RevokedTokenEntity r";

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Inject
    ThisNode node;

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
        e.origin = node.id();
        em.persist(e);
        em.flush();
    }

    @Override
    public List<RevokedToken> live(LocalDateTime now) {
        return rows(em.createQuery(COLUMNS + " WHERE r.expiresAt > :now", Object[].class)
                .setParameter("now", now));
    }

    @Override
    public List<RevokedToken> revokedElsewhereSince(LocalDateTime since) {
        // no condition on the expiry: with one, a planner may walk the expiry index over every live
        // revocation instead of the recording time's index over the last few seconds
        return rows(em.createQuery(COLUMNS + " WHERE r.revokedAt >= :since"
                        + " AND (r.origin IS NULL OR r.origin <> :node)", Object[].class)
                .setParameter("since", since)
                .setParameter("node", node.id()));
    }

    private static List<RevokedToken> rows(TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(row -> new RevokedToken((String) row[0], (String) row[1], (LocalDateTime) row[2],
                        (LocalDateTime) row[3]))
                .toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteExpired(LocalDateTime before, int limit) {
        return ExpiredRows.delete(em, "RevokedTokenEntity", "jti", "expiresAt", before, limit);
    }
}

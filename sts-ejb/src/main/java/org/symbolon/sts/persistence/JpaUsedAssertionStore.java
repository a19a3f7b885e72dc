package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.symbolon.sts.authn.UsedAssertionStore;

@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaUsedAssertionStore implements UsedAssertionStore {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public boolean recordFirstUse(String id, LocalDateTime expiresAt) {
        if (em.find(UsedAssertionEntity.class, id) != null) {
            return false;
        }
        UsedAssertionEntity e = new UsedAssertionEntity();
        e.id = id;
        e.expiresAt = expiresAt;
        em.persist(e);
        em.flush();
        return true;
    }

    @Override
    public int deleteExpired(LocalDateTime now) {
        return em.createQuery("DELETE FROM UsedAssertionEntity u WHERE u.expiresAt < :now")
                .setParameter("now", now).executeUpdate();
    }
}

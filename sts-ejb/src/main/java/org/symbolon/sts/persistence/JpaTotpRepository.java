package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.users.StoredTotp;
import org.symbolon.sts.users.TotpRepository;

@Stateless
public class JpaTotpRepository implements TotpRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public Optional<StoredTotp> find(String userId) {
        return Optional.ofNullable(em.find(UserTotpEntity.class, userId))
                .map(e -> new StoredTotp(e.userId, e.secret, e.lastStep));
    }

    @Override
    public void save(String userId, String sealedSecret) {
        UserTotpEntity e = em.find(UserTotpEntity.class, userId);
        if (e == null) {
            e = new UserTotpEntity();
            e.userId = userId;
            em.persist(e);
        }
        e.secret = sealedSecret;
        e.lastStep = -1;
        e.createdAt = UtcClock.now();
    }

    @Override
    public boolean delete(String userId) {
        return em.createQuery("DELETE FROM UserTotpEntity t WHERE t.userId = :id").setParameter("id", userId)
                .executeUpdate() == 1;
    }

    @Override
    public boolean advance(String userId, long step) {
        // the condition in the database, not a read-then-write, makes a code good once across nodes
        return em.createQuery("UPDATE UserTotpEntity t SET t.lastStep = :step WHERE t.userId = :id"
                        + " AND t.lastStep < :step")
                .setParameter("step", step).setParameter("id", userId).executeUpdate() == 1;
    }
}

package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.users.LoginCounter;
import org.symbolon.sts.users.LoginCounterRepository;

/** Each call is its own short transaction, committed before the caller goes on (to PBKDF2, say). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaLoginCounterRepository implements LoginCounterRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public Optional<LoginCounter> find(String key) {
        return Optional.ofNullable(em.find(LoginFailureEntity.class, key))
                .map(e -> new LoginCounter(e.failureKey, e.failures, instant(e.firstFailureAt), instant(e.lastFailureAt),
                        instant(e.lockedUntil), e.version));
    }

    @Override
    public boolean replace(LoginCounter expected, LoginCounter next) {
        if (expected == null) {
            return insert(next);
        }
        return em.createQuery("UPDATE LoginFailureEntity f SET f.failures = :failures, f.firstFailureAt = :first,"
                        + " f.lastFailureAt = :last, f.lockedUntil = :locked, f.version = :newVersion"
                        + " WHERE f.failureKey = :key AND f.version = :version")
                .setParameter("failures", next.failures())
                .setParameter("first", time(next.firstFailureAt()))
                .setParameter("last", time(next.lastFailureAt()))
                .setParameter("locked", time(next.lockedUntil()))
                .setParameter("newVersion", expected.version() + 1)
                .setParameter("key", expected.key())
                .setParameter("version", expected.version())
                .executeUpdate() == 1;
    }

    private boolean insert(LoginCounter next) {
        if (em.find(LoginFailureEntity.class, next.key()) != null) {
            return false;
        }
        LoginFailureEntity e = new LoginFailureEntity();
        e.failureKey = next.key();
        e.failures = next.failures();
        e.firstFailureAt = time(next.firstFailureAt());
        e.lastFailureAt = time(next.lastFailureAt());
        e.lockedUntil = time(next.lockedUntil());
        e.version = 1;
        try {
            em.persist(e);
            em.flush();
            return true;
        } catch (PersistenceException duplicate) {
            // another node counted the first failure at the same moment; the caller reads its row and retries
            return false;
        }
    }

    @Override
    public void delete(String key) {
        em.createQuery("DELETE FROM LoginFailureEntity f WHERE f.failureKey = :key").setParameter("key", key)
                .executeUpdate();
    }

    @Override
    public int deleteStale(Instant before) {
        LocalDateTime cutoff = UtcClock.of(before);
        return em.createQuery("DELETE FROM LoginFailureEntity f WHERE f.lastFailureAt < :cutoff"
                        + " AND (f.lockedUntil IS NULL OR f.lockedUntil < :now)")
                .setParameter("cutoff", cutoff).setParameter("now", UtcClock.now()).executeUpdate();
    }

    private static LocalDateTime time(Instant instant) {
        return instant == null ? null : UtcClock.of(instant);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : UtcClock.toInstant(time);
    }
}

package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.session.SessionParticipant;
import org.symbolon.sts.session.SessionRepository;
import org.symbolon.sts.session.StoredSession;

@Stateless
public class JpaSessionRepository implements SessionRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public void insert(StoredSession session) {
        SsoSessionEntity e = new SsoSessionEntity();
        e.id = session.id();
        e.createdAt = UtcClock.of(session.createdAt());
        copy(session, e);
        em.persist(e);
        em.flush();
    }

    @Override
    public void reauthenticate(StoredSession session) {
        SsoSessionEntity e = em.find(SsoSessionEntity.class, session.id());
        if (e == null) {
            insert(session);
            return;
        }
        copy(session, e);
        em.flush();
    }

    @Override
    public Optional<StoredSession> findByCookieHash(String cookieHash) {
        return em.createQuery("SELECT s FROM SsoSessionEntity s WHERE s.cookieHash = :h", SsoSessionEntity.class)
                .setParameter("h", cookieHash).getResultStream().findFirst().map(JpaSessionRepository::toStored);
    }

    @Override
    public Optional<StoredSession> findById(String id) {
        return Optional.ofNullable(em.find(SsoSessionEntity.class, id)).map(JpaSessionRepository::toStored);
    }

    @Override
    public void touch(String id, Instant lastSeenAt) {
        em.createQuery("UPDATE SsoSessionEntity s SET s.lastSeenAt = :t WHERE s.id = :id")
                .setParameter("t", UtcClock.of(lastSeenAt)).setParameter("id", id).executeUpdate();
    }

    @Override
    public boolean delete(String id) {
        em.createQuery("DELETE FROM SessionParticipantEntity p WHERE p.sessionId = :id").setParameter("id", id)
                .executeUpdate();
        return em.createQuery("DELETE FROM SsoSessionEntity s WHERE s.id = :id").setParameter("id", id)
                .executeUpdate() == 1;
    }

    @Override
    public List<String> idsForUser(String userId) {
        return em.createQuery("SELECT s.id FROM SsoSessionEntity s WHERE s.userId = :u", String.class)
                .setParameter("u", userId).getResultList();
    }

    @Override
    public void addParticipant(String sessionId, SessionParticipant participant, Instant joinedAt) {
        boolean known = !em.createQuery("SELECT p.id FROM SessionParticipantEntity p WHERE p.sessionId = :s"
                + " AND p.protocol = :p AND p.relyingParty = :r", String.class)
                .setParameter("s", sessionId).setParameter("p", participant.protocol())
                .setParameter("r", participant.relyingParty()).setMaxResults(1).getResultList().isEmpty();
        if (known || em.find(SsoSessionEntity.class, sessionId) == null) {
            return;
        }
        SessionParticipantEntity e = new SessionParticipantEntity();
        e.id = UUID.randomUUID().toString();
        e.sessionId = sessionId;
        e.protocol = participant.protocol();
        e.relyingParty = participant.relyingParty();
        e.nameId = participant.nameId();
        e.nameIdFormat = participant.nameIdFormat();
        e.sessionIndex = participant.sessionIndex();
        e.joinedAt = UtcClock.of(joinedAt);
        em.persist(e);
    }

    @Override
    public List<SessionParticipant> participants(String sessionId) {
        return em.createQuery("SELECT p FROM SessionParticipantEntity p WHERE p.sessionId = :s ORDER BY p.joinedAt",
                SessionParticipantEntity.class).setParameter("s", sessionId).getResultStream()
                .map(p -> new SessionParticipant(p.protocol, p.relyingParty, p.nameId, p.nameIdFormat, p.sessionIndex))
                .toList();
    }

    @Override
    public Optional<String> sessionIdByParticipant(String protocol, String relyingParty, String sessionIndex) {
        return em.createQuery("SELECT p.sessionId FROM SessionParticipantEntity p WHERE p.protocol = :p"
                + " AND p.relyingParty = :r AND p.sessionIndex = :i", String.class).setParameter("p", protocol)
                .setParameter("r", relyingParty).setParameter("i", sessionIndex).setMaxResults(1).getResultStream()
                .findFirst();
    }

    @Override
    public List<String> sessionIdsByParticipantNameId(String protocol, String relyingParty, String nameId) {
        return em.createQuery("SELECT DISTINCT p.sessionId FROM SessionParticipantEntity p WHERE p.protocol = :p"
                + " AND p.relyingParty = :r AND p.nameId = :n", String.class).setParameter("p", protocol)
                .setParameter("r", relyingParty).setParameter("n", nameId).getResultList();
    }

    @Override
    public List<String> expiredIds(Instant now, Instant idleBefore, int max) {
        return em.createQuery("SELECT s.id FROM SsoSessionEntity s WHERE s.expiresAt <= :now"
                + " OR s.lastSeenAt < :idle", String.class).setParameter("now", UtcClock.of(now))
                .setParameter("idle", UtcClock.of(idleBefore)).setMaxResults(max).getResultList();
    }

    private static void copy(StoredSession s, SsoSessionEntity e) {
        e.cookieHash = s.cookieHash();
        e.userId = s.userId();
        e.username = s.username();
        e.authTime = UtcClock.of(s.authTime());
        e.amr = String.join(" ", s.amr());
        e.acr = s.acr();
        e.lastSeenAt = UtcClock.of(s.lastSeenAt());
        e.expiresAt = UtcClock.of(s.expiresAt());
    }

    private static StoredSession toStored(SsoSessionEntity e) {
        List<String> amr = e.amr.isBlank() ? List.of() : Arrays.asList(e.amr.split(" "));
        return new StoredSession(e.id, e.cookieHash, e.userId, e.username, UtcClock.toInstant(e.authTime),
                List.copyOf(amr), e.acr, UtcClock.toInstant(e.createdAt), UtcClock.toInstant(e.lastSeenAt),
                UtcClock.toInstant(e.expiresAt));
    }
}

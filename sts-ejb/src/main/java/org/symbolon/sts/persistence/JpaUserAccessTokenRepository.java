package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.symbolon.sts.oidc.UserAccessToken;
import org.symbolon.sts.oidc.UserAccessTokenRepository;

@Stateless
public class JpaUserAccessTokenRepository implements UserAccessTokenRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public void insert(UserAccessToken token) {
        UserAccessTokenEntity e = new UserAccessTokenEntity();
        e.jti = token.jti();
        e.userId = token.userId();
        e.sessionId = token.sessionId();
        e.clientId = token.clientId();
        e.expiresAt = token.expiresAt();
        em.persist(e);
    }

    @Override
    public List<UserAccessToken> liveOfUser(String userId, LocalDateTime now) {
        return live("t.userId", userId, now);
    }

    @Override
    public List<UserAccessToken> liveOfSession(String sessionId, LocalDateTime now) {
        return live("t.sessionId", sessionId, now);
    }

    private List<UserAccessToken> live(String field, String value, LocalDateTime now) {
        return em.createQuery("SELECT t FROM UserAccessTokenEntity t WHERE " + field + " = :v AND t.expiresAt > :now",
                UserAccessTokenEntity.class).setParameter("v", value).setParameter("now", now).getResultStream()
                .map(e -> new UserAccessToken(e.jti, e.userId, e.sessionId, e.clientId, e.expiresAt)).toList();
    }

    @Override
    public int deleteExpired(LocalDateTime before) {
        return em.createQuery("DELETE FROM UserAccessTokenEntity t WHERE t.expiresAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}

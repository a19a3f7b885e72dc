package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.oidc.AuthorizationCodeRepository;
import org.symbolon.sts.oidc.ClaimsSnapshot;
import org.symbolon.sts.oidc.IssuedAccessToken;
import org.symbolon.sts.oidc.StoredCode;
import org.symbolon.sts.oidc.UserGrant;

@Stateless
public class JpaAuthorizationCodeRepository implements AuthorizationCodeRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public void insert(StoredCode code) {
        UserGrant g = code.grant();
        AuthorizationCodeEntity e = new AuthorizationCodeEntity();
        e.codeHash = code.codeHash();
        e.clientId = g.clientId();
        e.redirectUri = code.redirectUri();
        e.scope = UserGrantColumns.join(g.scopes());
        e.nonce = code.nonce();
        e.codeChallenge = code.codeChallenge();
        e.userId = g.userId();
        e.sessionId = g.sessionId();
        e.authTime = UtcClock.of(g.authTime());
        e.amr = UserGrantColumns.join(g.amr());
        e.acr = g.acr();
        e.userClaims = ClaimsSnapshot.toJson(g.userClaims());
        e.createdAt = UtcClock.now();
        e.expiresAt = code.expiresAt();
        em.persist(e);
    }

    @Override
    public Optional<StoredCode> find(String codeHash) {
        AuthorizationCodeEntity e = em.find(AuthorizationCodeEntity.class, codeHash);
        if (e == null) {
            return Optional.empty();
        }
        UserGrant grant = UserGrantColumns.read(e.clientId, e.userId, e.sessionId, e.scope, e.authTime, e.amr, e.acr,
                e.userClaims);
        IssuedAccessToken token = e.accessTokenJti == null ? null
                : new IssuedAccessToken(e.accessTokenJti, e.accessTokenExpires);
        return Optional.of(new StoredCode(e.codeHash, grant, e.redirectUri, e.nonce, e.codeChallenge, e.expiresAt,
                e.usedAt, token));
    }

    @Override
    public boolean markUsed(String codeHash, LocalDateTime now) {
        return em.createQuery("UPDATE AuthorizationCodeEntity c SET c.usedAt = :now"
                        + " WHERE c.codeHash = :hash AND c.usedAt IS NULL")
                .setParameter("now", now).setParameter("hash", codeHash).executeUpdate() == 1;
    }

    @Override
    public void markReplayed(String codeHash, LocalDateTime now) {
        em.createQuery("UPDATE AuthorizationCodeEntity c SET c.replayedAt = :now"
                        + " WHERE c.codeHash = :hash AND c.replayedAt IS NULL")
                .setParameter("now", now).setParameter("hash", codeHash).executeUpdate();
    }

    @Override
    public boolean recordAccessToken(String codeHash, IssuedAccessToken token) {
        return em.createQuery("UPDATE AuthorizationCodeEntity c SET c.accessTokenJti = :jti,"
                        + " c.accessTokenExpires = :exp WHERE c.codeHash = :hash AND c.replayedAt IS NULL")
                .setParameter("jti", token.jti()).setParameter("exp", token.expiresAt())
                .setParameter("hash", codeHash).executeUpdate() == 1;
    }

    @Override
    public Optional<UserGrant> grantOfAccessToken(String jti) {
        return em.createQuery("SELECT c.codeHash FROM AuthorizationCodeEntity c WHERE c.accessTokenJti = :jti",
                String.class).setParameter("jti", jti).getResultList().stream().findFirst()
                .flatMap(this::find).map(StoredCode::grant);
    }

    @Override
    public int deleteExpired(LocalDateTime before) {
        return em.createQuery("DELETE FROM AuthorizationCodeEntity c WHERE c.expiresAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}

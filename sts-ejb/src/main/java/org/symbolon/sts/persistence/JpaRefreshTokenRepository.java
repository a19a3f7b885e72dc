package org.symbolon.sts.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.oidc.ClaimsSnapshot;
import org.symbolon.sts.oidc.IssuedAccessToken;
import org.symbolon.sts.oidc.RefreshFamily;
import org.symbolon.sts.oidc.RefreshTokenRepository;
import org.symbolon.sts.oidc.StoredRefreshToken;
import org.symbolon.sts.oidc.UserGrant;

@Stateless
public class JpaRefreshTokenRepository implements RefreshTokenRepository {

    @PersistenceContext(unitName = "sts")
    EntityManager em;

    @Override
    public void insertFamily(RefreshFamily family) {
        UserGrant g = family.grant();
        RefreshFamilyEntity e = new RefreshFamilyEntity();
        e.id = family.id();
        e.codeHash = family.codeHash();
        e.clientId = g.clientId();
        e.userId = g.userId();
        e.sessionId = g.sessionId();
        e.scope = UserGrantColumns.join(g.scopes());
        e.authTime = UtcClock.of(g.authTime());
        e.amr = UserGrantColumns.join(g.amr());
        e.acr = g.acr();
        e.userClaims = ClaimsSnapshot.toJson(g.userClaims());
        e.createdAt = family.createdAt();
        e.expiresAt = family.expiresAt();
        em.persist(e);
    }

    @Override
    public void insertToken(StoredRefreshToken token) {
        RefreshTokenEntity e = new RefreshTokenEntity();
        e.tokenHash = token.tokenHash();
        e.familyId = token.familyId();
        e.createdAt = token.createdAt();
        if (token.accessToken() != null) {
            e.accessTokenJti = token.accessToken().jti();
            e.accessTokenExpires = token.accessToken().expiresAt();
        }
        em.persist(e);
    }

    @Override
    public Optional<StoredRefreshToken> findToken(String tokenHash) {
        return Optional.ofNullable(em.find(RefreshTokenEntity.class, tokenHash)).map(e -> new StoredRefreshToken(
                e.tokenHash, e.familyId, e.createdAt, e.usedAt, accessToken(e)));
    }

    @Override
    public Optional<RefreshFamily> findFamily(String familyId) {
        RefreshFamilyEntity e = em.find(RefreshFamilyEntity.class, familyId);
        if (e == null) {
            return Optional.empty();
        }
        UserGrant grant = UserGrantColumns.read(e.clientId, e.userId, e.sessionId, e.scope, e.authTime, e.amr, e.acr,
                e.userClaims);
        return Optional.of(new RefreshFamily(e.id, e.codeHash, grant, e.createdAt, e.expiresAt, e.revokedAt));
    }

    @Override
    public boolean markUsed(String tokenHash, LocalDateTime now) {
        return em.createQuery("UPDATE RefreshTokenEntity t SET t.usedAt = :now"
                        + " WHERE t.tokenHash = :hash AND t.usedAt IS NULL")
                .setParameter("now", now).setParameter("hash", tokenHash).executeUpdate() == 1;
    }

    @Override
    public List<IssuedAccessToken> revokeFamily(String familyId, LocalDateTime now) {
        em.createQuery("UPDATE RefreshFamilyEntity f SET f.revokedAt = :now WHERE f.id = :id AND f.revokedAt IS NULL")
                .setParameter("now", now).setParameter("id", familyId).executeUpdate();
        return em.createQuery("SELECT t FROM RefreshTokenEntity t WHERE t.familyId = :id"
                        + " AND t.accessTokenJti IS NOT NULL", RefreshTokenEntity.class)
                .setParameter("id", familyId).getResultList().stream()
                .map(JpaRefreshTokenRepository::accessToken).toList();
    }

    @Override
    public List<String> familiesOfCode(String codeHash) {
        return em.createQuery("SELECT f.id FROM RefreshFamilyEntity f WHERE f.codeHash = :hash", String.class)
                .setParameter("hash", codeHash).getResultList();
    }

    @Override
    public List<String> liveFamiliesOfUser(String userId, LocalDateTime now) {
        return em.createQuery("SELECT f.id FROM RefreshFamilyEntity f WHERE f.userId = :user"
                        + " AND f.revokedAt IS NULL AND f.expiresAt > :now", String.class)
                .setParameter("user", userId).setParameter("now", now).getResultList();
    }

    @Override
    public Optional<UserGrant> grantOfAccessToken(String jti) {
        return em.createQuery("SELECT t.familyId FROM RefreshTokenEntity t WHERE t.accessTokenJti = :jti",
                String.class).setParameter("jti", jti).getResultList().stream().findFirst()
                .flatMap(this::findFamily).map(RefreshFamily::grant);
    }

    @Override
    public int deleteExpired(LocalDateTime before) {
        List<String> expired = em.createQuery("SELECT f.id FROM RefreshFamilyEntity f WHERE f.expiresAt < :before",
                String.class).setParameter("before", before).setMaxResults(1000).getResultList();
        if (expired.isEmpty()) {
            return 0;
        }
        em.createQuery("DELETE FROM RefreshTokenEntity t WHERE t.familyId IN :ids").setParameter("ids", expired)
                .executeUpdate();
        return em.createQuery("DELETE FROM RefreshFamilyEntity f WHERE f.id IN :ids").setParameter("ids", expired)
                .executeUpdate();
    }

    private static IssuedAccessToken accessToken(RefreshTokenEntity e) {
        return e.accessTokenJti == null ? null : new IssuedAccessToken(e.accessTokenJti, e.accessTokenExpires);
    }
}

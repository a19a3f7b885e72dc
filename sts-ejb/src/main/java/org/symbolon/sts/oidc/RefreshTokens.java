package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.TokenIdRevocations;
import org.symbolon.sts.trust.Client;

/**
 * Refresh tokens (RFC 9700 section 4.14): opaque 256-bit values stored as digests, bound to their
 * client, rotated on every use within a family that expires as a whole. A rotated token presented
 * again means one of two parties holds a stolen copy: the whole family and its access tokens go.
 */
@ApplicationScoped
public class RefreshTokens {

    private static final Logger LOG = Logger.getLogger(RefreshTokens.class.getName());

    @Inject
    RefreshTokenRepository repository;

    @Inject
    TokenIdRevocations revocations;

    @Inject
    StsConfig config;

    @Inject
    SubjectIdentifiers subjects;

    /** Opens the family of a code redemption; its first refresh token goes with the first access token. */
    public String startFamily(Client client, String codeHash, UserGrant grant, IssuedAccessToken accessToken) {
        Integer seconds = client.oidc().refreshTokenLifetime();
        Duration lifetime = seconds == null ? config.refreshTokenLifetime() : Duration.ofSeconds(seconds);
        LocalDateTime now = UtcClock.now();
        RefreshFamily family = new RefreshFamily(UUID.randomUUID().toString(), codeHash, grant, now,
                now.plus(lifetime), null);
        repository.insertFamily(family);
        return newToken(family.id(), accessToken);
    }

    /**
     * Uses a refresh token up: its family, when the token is the family's current one and this
     * client's, and the scopes asked for (null: all) are within the grant; else nothing is used up.
     */
    public RefreshFamily use(Client client, String token, java.util.Set<String> scopes) {
        String hash = Digests.hashOf(token);
        StoredRefreshToken stored = repository.findToken(hash)
                .orElseThrow(() -> StsException.invalidGrant("Unknown refresh token"));
        RefreshFamily family = repository.findFamily(stored.familyId())
                .orElseThrow(() -> StsException.invalidGrant("Unknown refresh token"));
        if (!family.grant().clientId().equals(client.clientId())) {
            throw StsException.invalidGrant("The refresh token was issued to another client");
        }
        LocalDateTime now = UtcClock.now();
        if (!family.usableAt(now)) {
            throw StsException.invalidGrant("The refresh token is expired or revoked");
        }
        if (scopes != null && !family.grant().scopes().containsAll(scopes)) {
            throw StsException.invalidScope("A refresh may not ask for scopes beyond those originally granted");
        }
        if (stored.usedAt() != null || !repository.markUsed(hash, now)) {
            revokeFamily(family.id(), client.clientId());
            LOG.warning(() -> "Rotated refresh token presented again by client " + client.clientId()
                    + ": its family is revoked");
            throw StsException.invalidGrant("The refresh token was already used; the grant is revoked");
        }
        return family;
    }

    /** The family's next token, issued beside this access token; fails if the family was revoked meanwhile. */
    public String next(RefreshFamily family, IssuedAccessToken accessToken) {
        String token = newToken(family.id(), accessToken);
        boolean stillLive = repository.findFamily(family.id()).map(f -> f.usableAt(UtcClock.now())).orElse(false);
        if (!stillLive) {
            revocations.revoke(accessToken.jti(), family.grant().clientId(), accessToken.expiresAt());
            throw StsException.invalidGrant("The refresh token was revoked");
        }
        return token;
    }

    /**
     * A current (not yet rotated) refresh token of a live family, for introspection; only the
     * client it was issued to learns that it is active.
     */
    public Optional<RefreshTokenInfo> active(String token, Client client) {
        if (!Digests.couldBeOurs(token)) {
            return Optional.empty();
        }
        LocalDateTime now = UtcClock.now();
        return repository.findToken(Digests.hashOf(token)).filter(t -> t.usedAt() == null)
                .flatMap(t -> repository.findFamily(t.familyId())
                        .filter(f -> f.usableAt(now) && f.grant().clientId().equals(client.clientId()))
                        .map(f -> new RefreshTokenInfo(client.clientId(), subjects.subject(client, f.grant().userId()),
                                f.grant().sessionId(), f.grant().scopes(), t.createdAt(), f.expiresAt())));
    }

    /**
     * RFC 7009 revocation of a refresh token: the whole family goes. False when the value is no
     * refresh token of ours; another client's token is refused.
     */
    public boolean revoke(String token, Client caller) {
        if (!Digests.couldBeOurs(token)) {
            return false;
        }
        Optional<RefreshFamily> family = repository.findToken(Digests.hashOf(token))
                .flatMap(t -> repository.findFamily(t.familyId()));
        if (family.isEmpty()) {
            return false;
        }
        if (!family.get().grant().clientId().equals(caller.clientId())) {
            throw StsException.unauthorizedClient("The token was not issued to this client");
        }
        revokeFamily(family.get().id(), caller.clientId());
        return true;
    }

    public void revokeFamiliesOfCode(String codeHash) {
        repository.familiesOfCode(codeHash).forEach(id -> repository.findFamily(id)
                .ifPresent(f -> revokeFamily(id, f.grant().clientId())));
    }

    /** Everything a user holds: when the user is disabled. */
    public void revokeUser(String userId) {
        repository.liveFamiliesOfUser(userId, UtcClock.now()).forEach(id -> repository.findFamily(id)
                .ifPresent(f -> revokeFamily(id, f.grant().clientId())));
    }

    /** Everything granted in a session the user logged out of. */
    public void revokeSession(String sessionId) {
        repository.liveFamiliesOfSession(sessionId, UtcClock.now()).forEach(id -> repository.findFamily(id)
                .ifPresent(f -> revokeFamily(id, f.grant().clientId())));
    }

    void purgeExpired() {
        repository.deleteExpired(UtcClock.now());
    }

    private void revokeFamily(String familyId, String clientId) {
        for (IssuedAccessToken issued : repository.revokeFamily(familyId, UtcClock.now())) {
            revocations.revoke(issued.jti(), clientId, issued.expiresAt());
        }
    }

    private String newToken(String familyId, IssuedAccessToken accessToken) {
        String token = Digests.randomValue();
        repository.insertToken(new StoredRefreshToken(Digests.hashOf(token), familyId, UtcClock.now(), null,
                accessToken));
        return token;
    }
}

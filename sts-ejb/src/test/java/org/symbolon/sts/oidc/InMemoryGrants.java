package org.symbolon.sts.oidc;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.token.RevocationList;
import org.symbolon.sts.token.RevocationRepository;
import org.symbolon.sts.token.RevokedToken;
import org.symbolon.sts.token.TokenIdRevocationsAccess;

/** Codes and refresh tokens kept in maps, with the same single-use semantics as the database updates. */
final class InMemoryGrants implements AuthorizationCodeRepository, RefreshTokenRepository, RevocationRepository,
        UserAccessTokenRepository {

    final Map<String, StoredCode> codes = new ConcurrentHashMap<>();
    final Map<String, LocalDateTime> replayed = new ConcurrentHashMap<>();
    final Map<String, RefreshFamily> families = new ConcurrentHashMap<>();
    final Map<String, StoredRefreshToken> tokens = new ConcurrentHashMap<>();
    final Map<String, RevokedToken> revoked = new ConcurrentHashMap<>();
    final RevocationList revocationList = new RevocationList();
    final Map<String, UserAccessToken> userAccessTokens = new ConcurrentHashMap<>();

    final AuthorizationCodes authorizationCodes = new AuthorizationCodes();
    final RefreshTokens refreshTokens = new RefreshTokens();
    final UserAccessTokens issuedToUsers = new UserAccessTokens();

    InMemoryGrants(SubjectIdentifiers subjects) {
        TestConfig config = new TestConfig();
        var revocations = TokenIdRevocationsAccess.create(this, revocationList);
        refreshTokens.repository = this;
        refreshTokens.revocations = revocations;
        refreshTokens.config = config;
        refreshTokens.subjects = subjects;
        authorizationCodes.repository = this;
        authorizationCodes.refreshTokens = refreshTokens;
        authorizationCodes.revocations = revocations;
        authorizationCodes.config = config;
        issuedToUsers.repository = this;
        issuedToUsers.revocations = revocations;
    }

    @Override
    public void insert(UserAccessToken token) {
        userAccessTokens.put(token.jti(), token);
    }

    @Override
    public List<UserAccessToken> liveOfUser(String userId, LocalDateTime now) {
        return userAccessTokens.values().stream().filter(t -> t.userId().equals(userId) && t.expiresAt().isAfter(now))
                .toList();
    }

    @Override
    public List<UserAccessToken> liveOfSession(String sessionId, LocalDateTime now) {
        return userAccessTokens.values().stream()
                .filter(t -> sessionId.equals(t.sessionId()) && t.expiresAt().isAfter(now)).toList();
    }

    @Override
    public void insert(StoredCode code) {
        codes.put(code.codeHash(), code);
    }

    @Override
    public Optional<StoredCode> find(String codeHash) {
        return Optional.ofNullable(codes.get(codeHash));
    }

    @Override
    public synchronized boolean markUsed(String hash, LocalDateTime now) {
        StoredCode c = codes.get(hash);
        if (c != null) {
            if (c.usedAt() != null) {
                return false;
            }
            codes.put(hash, new StoredCode(c.codeHash(), c.grant(), c.redirectUri(), c.nonce(), c.codeChallenge(),
                    c.expiresAt(), now, c.accessToken()));
            return true;
        }
        StoredRefreshToken t = tokens.get(hash);
        if (t == null || t.usedAt() != null) {
            return false;
        }
        tokens.put(hash, new StoredRefreshToken(t.tokenHash(), t.familyId(), t.createdAt(), now, t.accessToken()));
        return true;
    }

    @Override
    public void markReplayed(String codeHash, LocalDateTime now) {
        replayed.putIfAbsent(codeHash, now);
    }

    @Override
    public synchronized boolean recordAccessToken(String codeHash, IssuedAccessToken token) {
        StoredCode c = codes.get(codeHash);
        if (c == null || replayed.containsKey(codeHash)) {
            return false;
        }
        codes.put(codeHash, new StoredCode(c.codeHash(), c.grant(), c.redirectUri(), c.nonce(), c.codeChallenge(),
                c.expiresAt(), c.usedAt(), token));
        return true;
    }

    @Override
    public Optional<UserGrant> grantOfAccessToken(String jti) {
        Optional<UserGrant> fromCode = codes.values().stream()
                .filter(c -> c.accessToken() != null && c.accessToken().jti().equals(jti)).map(StoredCode::grant)
                .findFirst();
        return fromCode.or(() -> tokens.values().stream()
                .filter(t -> t.accessToken() != null && t.accessToken().jti().equals(jti))
                .map(t -> families.get(t.familyId()).grant()).findFirst());
    }

    @Override
    public int deleteExpired(LocalDateTime before) {
        return 0;
    }

    @Override
    public void insertFamily(RefreshFamily family) {
        families.put(family.id(), family);
    }

    @Override
    public void insertToken(StoredRefreshToken token) {
        tokens.put(token.tokenHash(), token);
    }

    /** How many refresh token lookups reached the store. */
    int tokenLookups;

    @Override
    public Optional<StoredRefreshToken> findToken(String tokenHash) {
        tokenLookups++;
        return Optional.ofNullable(tokens.get(tokenHash));
    }

    @Override
    public Optional<RefreshFamily> findFamily(String familyId) {
        return Optional.ofNullable(families.get(familyId));
    }

    @Override
    public synchronized List<IssuedAccessToken> revokeFamily(String familyId, LocalDateTime now) {
        RefreshFamily f = families.get(familyId);
        if (f.revokedAt() == null) {
            families.put(familyId, new RefreshFamily(f.id(), f.codeHash(), f.grant(), f.createdAt(), f.expiresAt(), now));
        }
        List<IssuedAccessToken> issued = new ArrayList<>();
        tokens.values().stream().filter(t -> t.familyId().equals(familyId) && t.accessToken() != null)
                .forEach(t -> issued.add(t.accessToken()));
        return issued;
    }

    @Override
    public List<String> familiesOfCode(String codeHash) {
        return families.values().stream().filter(f -> f.codeHash().equals(codeHash)).map(RefreshFamily::id).toList();
    }

    @Override
    public List<String> liveFamiliesOfUser(String userId, LocalDateTime now) {
        return families.values().stream().filter(f -> f.grant().userId().equals(userId) && f.usableAt(now))
                .map(RefreshFamily::id).toList();
    }

    @Override
    public List<String> liveFamiliesOfSession(String sessionId, LocalDateTime now) {
        return families.values().stream().filter(f -> f.grant().sessionId().equals(sessionId) && f.usableAt(now))
                .map(RefreshFamily::id).toList();
    }

    @Override
    public void insertIfAbsent(RevokedToken token) {
        revoked.putIfAbsent(token.jti(), token);
    }

    @Override
    public LocalDateTime forEachLive(LocalDateTime now, LiveRevocationSink sink) {
        revoked.values().stream().filter(r -> r.expiresAt().isAfter(now))
                .forEach(r -> sink.accept(r.jti(), UtcClock.toInstant(r.expiresAt()).toEpochMilli(),
                        UtcClock.toInstant(r.revokedAt()).toEpochMilli()));
        return now;
    }

    @Override
    public List<RevokedToken> revokedElsewhereSince(LocalDateTime since) {
        return revoked.values().stream().filter(r -> !r.revokedAt().isBefore(since)).toList();
    }

    @Override
    public int deleteExpired(LocalDateTime before, int limit) {
        return 0;
    }

    boolean isRevoked(String jti) {
        return revocationList.isRevoked(jti) && revoked.containsKey(jti);
    }
}

package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.session.SsoSession;
import org.symbolon.sts.token.TokenIdRevocations;
import org.symbolon.sts.trust.Client;

/**
 * Authorization codes: 256 random bits, stored as their SHA-256 only, short-lived and used once on
 * whichever node. Every refusal is {@code invalid_grant} with no hint which check failed beyond
 * the description; a code presented again revokes everything issued from it (RFC 6749 section 4.1.2).
 */
@ApplicationScoped
public class AuthorizationCodes {

    private static final Logger LOG = Logger.getLogger(AuthorizationCodes.class.getName());
    private static final long PURGE_EVERY_MILLIS = 3_600_000;
    /** Codes are kept a day past expiry so that a late replay still revokes what they issued. */
    private static final long KEEP_EXPIRED_HOURS = 24;

    @Inject
    AuthorizationCodeRepository repository;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    TokenIdRevocations revocations;

    @Inject
    StsConfig config;

    private volatile long lastPurge = System.currentTimeMillis();

    /** A new code for this request, signed-in session and the user's claims as they are now. */
    public String issue(AuthorizationRequest request, SsoSession session, Map<String, Object> userClaims) {
        purgeHourly();
        String code = Digests.randomValue();
        UserGrant grant = new UserGrant(request.client().clientId(), session.userId(), session.id(), request.scopes(),
                session.authTime(), session.amr(), session.acr(), withoutNulls(userClaims));
        repository.insert(new StoredCode(Digests.hashOf(code), grant, request.redirectUri(), request.nonce(),
                request.codeChallenge(), UtcClock.now().plus(config.codeLifetime()), null, null));
        return code;
    }

    /** Checks the code for this client, redirect URI and PKCE verifier, and uses it up. */
    public RedeemedCode redeem(Client client, String code, String redirectUri, String codeVerifier) {
        String hash = Digests.hashOf(code);
        StoredCode stored = repository.find(hash)
                .orElseThrow(() -> StsException.invalidGrant("Unknown or expired authorization code"));
        if (!stored.grant().clientId().equals(client.clientId())) {
            throw StsException.invalidGrant("The authorization code was issued to another client");
        }
        if (stored.usedAt() != null) {
            throw replayed(stored);
        }
        LocalDateTime now = UtcClock.now();
        if (!stored.expiresAt().isAfter(now)) {
            throw StsException.invalidGrant("Unknown or expired authorization code");
        }
        if (!stored.redirectUri().equals(redirectUri)) {
            throw StsException.invalidGrant("redirect_uri differs from the one of the authorization request");
        }
        checkVerifier(stored.codeChallenge(), codeVerifier);
        if (!repository.markUsed(hash, now)) {
            throw replayed(stored);
        }
        return new RedeemedCode(hash, stored.grant(), stored.nonce());
    }

    /**
     * Remembers the access token issued from the code, so a replay can revoke it. A replay seen
     * in between wins: the token is revoked at once and the redemption fails.
     */
    public void recordAccessToken(RedeemedCode code, IssuedAccessToken token) {
        if (!repository.recordAccessToken(code.codeHash(), token)) {
            revocations.revoke(token.jti(), code.grant().clientId(), token.expiresAt());
            refreshTokens.revokeFamiliesOfCode(code.codeHash());
            throw StsException.invalidGrant("The authorization code was used twice; its tokens are revoked");
        }
    }

    private static void checkVerifier(String challenge, String verifier) {
        if (challenge == null) {
            if (verifier != null) {
                // a verifier for a code issued without a challenge means the challenge was stripped
                throw StsException.invalidGrant("code_verifier sent for a code issued without code_challenge");
            }
            return;
        }
        if (!Pkce.matches(verifier, challenge)) {
            throw StsException.invalidGrant("code_verifier does not match the code_challenge");
        }
    }

    private StsException replayed(StoredCode stored) {
        repository.markReplayed(stored.codeHash(), UtcClock.now());
        if (stored.accessToken() != null) {
            revocations.revoke(stored.accessToken().jti(), stored.grant().clientId(), stored.accessToken().expiresAt());
        }
        refreshTokens.revokeFamiliesOfCode(stored.codeHash());
        LOG.warning(() -> "Authorization code replayed by client " + stored.grant().clientId()
                + ": the tokens issued from it are revoked");
        return StsException.invalidGrant("The authorization code was already used; its tokens are revoked");
    }

    private void purgeHourly() {
        long now = System.currentTimeMillis();
        if (now - lastPurge > PURGE_EVERY_MILLIS) {
            lastPurge = now;
            repository.deleteExpired(UtcClock.now().minusHours(KEEP_EXPIRED_HOURS));
            refreshTokens.purgeExpired();
        }
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> claims) {
        Map<String, Object> copy = new LinkedHashMap<>();
        claims.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }
}

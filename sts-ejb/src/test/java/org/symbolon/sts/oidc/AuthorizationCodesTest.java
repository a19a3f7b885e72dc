package org.symbolon.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.Client;

class AuthorizationCodesTest {

    private final OidcFixture f = new OidcFixture();
    private final Client web = OidcTestClients.web();
    private final Client spa = OidcTestClients.spa();

    @Test
    void onlyTheDigestOfA256BitCodeIsStored() {
        String code = f.code(web, Set.of("openid"), "n", OidcFixture.VERIFIER);
        assertEquals(43, code.length());
        assertFalse(f.store.codes.containsKey(code));
        assertTrue(f.store.codes.containsKey(Digests.hashOf(code)));
        assertTrue(f.store.codes.values().stream().noneMatch(c -> c.toString().contains(code)));
        assertFalse(code.equals(f.code(web, Set.of("openid"), "n", OidcFixture.VERIFIER)));
    }

    @Test
    void aCodeRedeemsOnceWithItsGrantAndNonce() {
        String code = f.code(web, Set.of("openid", "profile"), "n-1", OidcFixture.VERIFIER);
        RedeemedCode redeemed = f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER);
        assertEquals("n-1", redeemed.nonce());
        assertEquals("user-42", redeemed.grant().userId());
        assertEquals("sid-1", redeemed.grant().sessionId());
        assertEquals(Set.of("openid", "profile"), redeemed.grant().scopes());
        assertEquals("alice", redeemed.grant().userClaims().get("preferred_username"));
        assertInvalidGrant(() -> f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER));
    }

    @Test
    void anotherClientOrAnotherRedirectUriCannotRedeem() {
        String code = f.code(web, Set.of("openid"), null, OidcFixture.VERIFIER);
        assertInvalidGrant(() -> f.codes.redeem(spa, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER));
        assertInvalidGrant(() -> f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT + "/", OidcFixture.VERIFIER));
        // refusals before the code is used up leave it to its rightful holder
        f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER);
    }

    @Test
    void aWrongOrMissingVerifierFails() {
        String code = f.code(spa, Set.of("openid"), null, OidcFixture.VERIFIER);
        assertInvalidGrant(() -> f.codes.redeem(spa, code, OidcTestClients.SPA_REDIRECT, OidcFixture.VERIFIER + "x"));
        assertInvalidGrant(() -> f.codes.redeem(spa, code, OidcTestClients.SPA_REDIRECT, null));
        assertInvalidGrant(() -> f.codes.redeem(spa, code, OidcTestClients.SPA_REDIRECT,
                Pkce.challengeOf(OidcFixture.VERIFIER)));
    }

    @Test
    void aVerifierForACodeIssuedWithoutChallengeIsADowngradeAndFails() {
        String code = f.code(web, Set.of("openid"), null, null);
        assertInvalidGrant(() -> f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER));
    }

    @Test
    void anExpiredCodeFails() {
        String code = f.code(web, Set.of("openid"), null, OidcFixture.VERIFIER);
        String hash = Digests.hashOf(code);
        StoredCode c = f.store.codes.get(hash);
        LocalDateTime past = UtcClock.now().minusSeconds(1);
        f.store.codes.put(hash, new StoredCode(hash, c.grant(), c.redirectUri(), c.nonce(), c.codeChallenge(), past,
                null, null));
        assertInvalidGrant(() -> f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER));
    }

    @Test
    void aReplayRevokesTheAccessTokenAndRefreshFamilyIssuedFromTheCode() {
        String code = f.code(web, Set.of("openid"), null, OidcFixture.VERIFIER);
        RedeemedCode redeemed = f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER);
        UserTokenSet issued = f.userTokens.issue(web, redeemed.grant(), null);
        String refresh = f.refreshTokens.startFamily(web, redeemed.codeHash(), redeemed.grant(), issued.accessTokenId());
        f.codes.recordAccessToken(redeemed, issued.accessTokenId());
        assertTrue(f.verifier.verify(issued.accessToken().value()).isPresent());

        assertInvalidGrant(() -> f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER));

        assertTrue(f.revoked(issued.accessToken().jti()));
        assertTrue(f.verifier.verify(issued.accessToken().value()).isEmpty());
        assertInvalidGrant(() -> f.refreshTokens.use(web, refresh, null));
    }

    @Test
    void aReplayBetweenRedemptionAndIssuingRevokesWhatTheFirstRedemptionIssues() {
        String code = f.code(web, Set.of("openid"), null, OidcFixture.VERIFIER);
        RedeemedCode redeemed = f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER);
        assertInvalidGrant(() -> f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER));
        UserTokenSet issued = f.userTokens.issue(web, redeemed.grant(), null);
        assertInvalidGrant(() -> f.codes.recordAccessToken(redeemed, issued.accessTokenId()));
        assertTrue(f.verifier.verify(issued.accessToken().value()).isEmpty());
    }

    static void assertInvalidGrant(Runnable action) {
        StsException e = assertThrows(StsException.class, action::run);
        assertEquals("invalid_grant", e.error(), e.getMessage());
    }
}

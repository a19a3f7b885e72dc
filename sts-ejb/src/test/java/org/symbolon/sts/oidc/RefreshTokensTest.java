package org.symbolon.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbolon.sts.oidc.AuthorizationCodesTest.assertInvalidGrant;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.session.SessionEnded;
import org.symbolon.sts.session.SsoSession;
import org.symbolon.sts.trust.Client;

class RefreshTokensTest {

    private final OidcFixture f = new OidcFixture();
    private final Client web = OidcTestClients.web();

    private UserTokenSet first;
    private String firstRefresh;

    RefreshTokensTest() {
        String code = f.code(web, Set.of("openid", "profile", "orders.read"), null, OidcFixture.VERIFIER);
        RedeemedCode redeemed = f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER);
        first = f.userTokens.issue(web, redeemed.grant(), null);
        firstRefresh = f.refreshTokens.startFamily(web, redeemed.codeHash(), redeemed.grant(), first.accessTokenId());
    }

    @Test
    void useRotatesWithinTheFamily() {
        RefreshFamily family = f.refreshTokens.use(web, firstRefresh, null);
        UserTokenSet second = f.userTokens.issue(web, family.grant(), null);
        String next = f.refreshTokens.next(family, second.accessTokenId());
        assertFalse(next.equals(firstRefresh));
        assertEquals(family.id(), f.refreshTokens.use(web, next, null).id());
        assertTrue(f.store.tokens.keySet().stream().noneMatch(h -> h.equals(next) || h.equals(firstRefresh)));
    }

    @Test
    void reuseOfARotatedTokenRevokesTheFamilyAndItsAccessTokens() {
        RefreshFamily family = f.refreshTokens.use(web, firstRefresh, null);
        UserTokenSet second = f.userTokens.issue(web, family.grant(), null);
        String next = f.refreshTokens.next(family, second.accessTokenId());

        assertInvalidGrant(() -> f.refreshTokens.use(web, firstRefresh, null));

        assertInvalidGrant(() -> f.refreshTokens.use(web, next, null));
        assertTrue(f.verifier.verify(first.accessToken().value()).isEmpty());
        assertTrue(f.verifier.verify(second.accessToken().value()).isEmpty());
    }

    @Test
    void aTokenIsBoundToItsClient() {
        Client other = OidcTestClients.client("other", Set.of("authorization_code", "refresh_token"),
                java.util.List.of("https://other.example/cb"), web.oidc());
        assertInvalidGrant(() -> f.refreshTokens.use(other, firstRefresh, null));
        assertTrue(f.refreshTokens.active(firstRefresh, other).isEmpty());
        StsException e = assertThrows(StsException.class, () -> f.refreshTokens.revoke(firstRefresh, other));
        assertEquals("unauthorized_client", e.error());
        f.refreshTokens.use(web, firstRefresh, null);
    }

    @Test
    void scopeMayNarrowButNeverWidenAndAWideningLeavesTheTokenUsable() {
        StsException e = assertThrows(StsException.class,
                () -> f.refreshTokens.use(web, firstRefresh, Set.of("openid", "email")));
        assertEquals("invalid_scope", e.error());
        RefreshFamily family = f.refreshTokens.use(web, firstRefresh, Set.of("orders.read"));
        assertEquals(Set.of("openid", "profile", "orders.read"), family.grant().scopes());
    }

    @Test
    void anExpiredFamilyIsRefused() {
        RefreshFamily family = f.store.families.values().iterator().next();
        f.store.families.put(family.id(), new RefreshFamily(family.id(), family.codeHash(), family.grant(),
                family.createdAt(), family.createdAt().minusSeconds(1), null));
        assertInvalidGrant(() -> f.refreshTokens.use(web, firstRefresh, null));
    }

    @Test
    void revocationEndsTheFamilyAndIntrospectionSeesIt() {
        RefreshTokenInfo info = f.refreshTokens.active(firstRefresh, web).orElseThrow();
        assertEquals("user-42", info.subject());
        assertEquals("sid-1", info.sessionId());
        assertTrue(f.refreshTokens.revoke(firstRefresh, web));
        assertTrue(f.refreshTokens.active(firstRefresh, web).isEmpty());
        assertInvalidGrant(() -> f.refreshTokens.use(web, firstRefresh, null));
        assertTrue(f.verifier.verify(first.accessToken().value()).isEmpty());
        assertFalse(f.refreshTokens.revoke("not-a-refresh-token", web));
    }

    @Test
    void jwtsAndGarbageAreAnsweredWithoutLookingInTheStore() {
        String jwt = first.accessToken().value();
        for (String value : new String[] {jwt, "not-a-refresh-token", firstRefresh + "x", firstRefresh.replace(
                firstRefresh.charAt(0), '.'), ""}) {
            assertTrue(f.refreshTokens.active(value, web).isEmpty(), value);
            assertFalse(f.refreshTokens.revoke(value, web), value);
        }
        assertEquals(0, f.store.tokenLookups, "introspection of a revoked JWT costs no database read");
        assertTrue(f.refreshTokens.active(firstRefresh, web).isPresent());
        assertEquals(1, f.store.tokenLookups);
    }

    @Test
    void aRotatedTokenIsNoLongerActive() {
        f.refreshTokens.use(web, firstRefresh, null);
        assertTrue(f.refreshTokens.active(firstRefresh, web).isEmpty());
    }

    @Test
    void disablingTheUserRevokesItsFamilies() {
        f.disabledUsers.onUserDisabled(new org.symbolon.sts.users.UserDisabled("user-42", "alice"));
        assertInvalidGrant(() -> f.refreshTokens.use(web, firstRefresh, null));
        assertTrue(f.verifier.verify(first.accessToken().value()).isEmpty());
    }

    @Test
    void loggingOutRevokesWhatTheSessionGrantedButExpiryDoesNot() {
        LoggedOutSessionGrants observer = loggedOutSessionGrants();
        observer.onSessionEnded(new SessionEnded("sid-1", "user-42", List.of(), "session.expire"));
        observer.onSessionEnded(new SessionEnded("sid-other", "user-42", List.of(), SessionEnded.LOGOUT));
        assertTrue(f.refreshTokens.active(firstRefresh, web).isPresent());

        observer.onSessionEnded(new SessionEnded("sid-1", "user-42", List.of(), SessionEnded.LOGOUT));

        assertInvalidGrant(() -> f.refreshTokens.use(web, firstRefresh, null));
        assertTrue(f.verifier.verify(first.accessToken().value()).isEmpty());
    }

    @Test
    void loggingOutRevokesTheSessionsAccessTokensThatCameWithoutARefreshToken() {
        UserTokenSet withoutRefresh = f.userTokens.issue(web, redeemed(f.session), null);
        SsoSession otherSession = new SsoSession("sid-2", "user-42", "alice", f.session.authTime(), List.of("pwd"),
                f.session.acr(), f.session.expiresAt());
        UserTokenSet ofOtherSession = f.userTokens.issue(web, redeemed(otherSession), null);
        LoggedOutSessionGrants observer = loggedOutSessionGrants();

        observer.onSessionEnded(new SessionEnded("sid-1", "user-42", List.of(), "session.expire"));
        assertTrue(f.verifier.verify(withoutRefresh.accessToken().value()).isPresent(), "expiry revokes nothing");

        observer.onSessionEnded(new SessionEnded("sid-1", "user-42", List.of(), SessionEnded.LOGOUT));

        assertTrue(f.verifier.verify(withoutRefresh.accessToken().value()).isEmpty());
        assertTrue(f.verifier.verify(first.accessToken().value()).isEmpty());
        assertTrue(f.verifier.verify(ofOtherSession.accessToken().value()).isPresent(),
                "the user's other session keeps its tokens");
    }

    private UserGrant redeemed(SsoSession session) {
        String code = f.code(web, Set.of("openid"), null, OidcFixture.VERIFIER, session);
        return f.codes.redeem(web, code, OidcTestClients.WEB_REDIRECT, OidcFixture.VERIFIER).grant();
    }

    private LoggedOutSessionGrants loggedOutSessionGrants() {
        LoggedOutSessionGrants observer = new LoggedOutSessionGrants();
        observer.refreshTokens = f.refreshTokens;
        observer.accessTokens = f.store.issuedToUsers;
        return observer;
    }
}

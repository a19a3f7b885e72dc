package org.symbolon.sts.token.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.claims.ClaimsRuleSet;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.oidc.IdTokenWriter;
import org.symbolon.sts.oidc.OidcFixture;
import org.symbolon.sts.token.VerifiedToken;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.ExchangePolicy;
import org.symbolon.sts.trust.OidcSettings;

/** The authorization_code and refresh_token grants as the token endpoint runs them. */
class BrowserGrantsTest {

    private static final String REDIRECT = "https://web.example/callback";

    private final OidcFixture f = new OidcFixture();
    private final AuthorizationCodeGrant codeGrant = new AuthorizationCodeGrant();
    private final RefreshTokenGrant refreshGrant = new RefreshTokenGrant();
    private final Client web = client("web", Set.of("authorization_code", "refresh_token"), "ES256");

    BrowserGrantsTest() {
        codeGrant.codes = f.codes;
        codeGrant.tokens = f.userTokens;
        codeGrant.refreshTokens = f.refreshTokens;
        refreshGrant.refreshTokens = f.refreshTokens;
        refreshGrant.tokens = f.userTokens;
    }

    @Test
    void aCodeBecomesAccessIdAndRefreshTokens() throws Exception {
        String code = f.code(web, Set.of("openid", "profile", "email", "groups"), "n-0S6", OidcFixture.VERIFIER);
        TokenResponse response = codeGrant.handle(web, redeem(code, OidcFixture.VERIFIER));

        assertEquals("Bearer", response.tokenType());
        assertEquals(300, response.expiresIn());
        assertEquals(Set.of("openid", "profile", "email", "groups"), Set.of(response.scope().split(" ")));
        assertNotNull(response.refreshToken());
        VerifiedToken access = f.verifier.verify(response.accessToken()).orElseThrow();
        assertEquals("user-42", access.claims().getSubject());
        assertEquals("sid-1", access.claims().getClaim("sid"));
        assertEquals(1_700_000_000L, access.claims().getLongClaim("auth_time"));
        assertEquals("web", access.clientId());

        SignedJWT id = SignedJWT.parse(response.idToken());
        assertEquals(JOSEObjectType.JWT, id.getHeader().getType());
        assertEquals(JWSAlgorithm.ES256, id.getHeader().getAlgorithm());
        assertTrue(id.verify(f.ring.byKid(id.getHeader().getKeyID()).orElseThrow().verifier()));
        JWTClaimsSet c = id.getJWTClaimsSet();
        assertEquals(TestConfig.ISSUER, c.getIssuer());
        assertEquals("user-42", c.getSubject());
        assertEquals(List.of("web"), c.getAudience());
        assertEquals("web", c.getStringClaim("azp"));
        assertEquals("n-0S6", c.getStringClaim("nonce"));
        assertEquals("sid-1", c.getStringClaim("sid"));
        assertEquals(1_700_000_000L, c.getLongClaim("auth_time"));
        assertEquals(List.of("pwd"), c.getStringListClaim("amr"));
        assertEquals("urn:symbolon:acr:password", c.getStringClaim("acr"));
        assertEquals(IdTokenWriter.atHash(response.accessToken()), c.getStringClaim("at_hash"));
        assertEquals("Alice Liddell", c.getStringClaim("name"));
        assertEquals("alice", c.getStringClaim("preferred_username"));
        assertEquals("alice@example.org", c.getStringClaim("email"));
        assertEquals(Boolean.TRUE, c.getBooleanClaim("email_verified"));
        assertEquals(List.of("staff", "readers"), c.getStringListClaim("groups"));
        assertNull(c.getClaim("given_name"));
        assertTrue(c.getExpirationTime().after(c.getIssueTime()));
    }

    @Test
    void atHashIsTheLeftHalfOfTheSha256OfTheAccessToken() {
        // OpenID Connect Core 1.0, appendix A.3
        assertEquals("77QmUPtjPfzWtF2AnpK9RQ", IdTokenWriter.atHash("jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y"));
    }

    @Test
    void anIdTokenIsNeverAcceptedAsAnAccessToken() {
        String code = f.code(web, Set.of("openid"), null, OidcFixture.VERIFIER);
        TokenResponse response = codeGrant.handle(web, redeem(code, OidcFixture.VERIFIER));
        assertTrue(f.verifier.verify(response.idToken()).isEmpty());
        assertTrue(f.verifier.verifyIssued(response.idToken()).isEmpty());
        assertTrue(f.verifier.signedByUs(response.idToken()).isEmpty());
    }

    @Test
    void scopesReleaseOnlyTheirClaimsAndWithoutOpenidThereIsNoIdToken() throws Exception {
        String code = f.code(web, Set.of("openid"), null, OidcFixture.VERIFIER);
        JWTClaimsSet c = SignedJWT.parse(codeGrant.handle(web, redeem(code, OidcFixture.VERIFIER)).idToken())
                .getJWTClaimsSet();
        assertNull(c.getClaim("email"));
        assertNull(c.getClaim("name"));
        assertNull(c.getClaim("nonce"));
        String plain = f.code(web, Set.of("orders.read"), null, OidcFixture.VERIFIER);
        assertNull(codeGrant.handle(web, redeem(plain, OidcFixture.VERIFIER)).idToken());
    }

    @Test
    void withoutTheRefreshGrantNoRefreshTokenIsIssued() {
        Client noRefresh = client("web", Set.of("authorization_code"), "RS256");
        String code = f.code(noRefresh, Set.of("openid"), null, OidcFixture.VERIFIER);
        assertNull(codeGrant.handle(noRefresh, redeem(code, OidcFixture.VERIFIER)).refreshToken());
    }

    @Test
    void aReplayedCodeFailsAndItsTokensStopWorking() {
        String code = f.code(web, Set.of("openid"), null, OidcFixture.VERIFIER);
        TokenResponse first = codeGrant.handle(web, redeem(code, OidcFixture.VERIFIER));
        StsException e = assertThrows(StsException.class, () -> codeGrant.handle(web, redeem(code, OidcFixture.VERIFIER)));
        assertEquals("invalid_grant", e.error());
        assertTrue(f.verifier.verify(first.accessToken()).isEmpty());
        assertEquals("invalid_grant", assertThrows(StsException.class,
                () -> refreshGrant.handle(web, refresh(first.refreshToken(), null))).error());
    }

    @Test
    void refreshRotatesNarrowsAndDetectsReuse() throws Exception {
        String code = f.code(web, Set.of("openid", "profile", "orders.read"), "n", OidcFixture.VERIFIER);
        TokenResponse first = codeGrant.handle(web, redeem(code, OidcFixture.VERIFIER));

        TokenResponse second = refreshGrant.handle(web, refresh(first.refreshToken(), "orders.read"));
        assertEquals("orders.read", second.scope());
        assertNull(second.idToken());
        assertEquals(Set.of("orders.read"), f.verifier.verify(second.accessToken()).orElseThrow().scopes());
        TokenResponse third = refreshGrant.handle(web, refresh(second.refreshToken(), null));
        JWTClaimsSet id = SignedJWT.parse(third.idToken()).getJWTClaimsSet();
        assertEquals(1_700_000_000L, id.getLongClaim("auth_time"));
        assertNull(id.getClaim("nonce"));

        StsException reuse = assertThrows(StsException.class,
                () -> refreshGrant.handle(web, refresh(first.refreshToken(), null)));
        assertEquals("invalid_grant", reuse.error());
        for (TokenResponse r : List.of(first, second, third)) {
            assertTrue(f.verifier.verify(r.accessToken()).isEmpty());
        }
        assertFalse(f.refreshTokens.active(third.refreshToken(), web).isPresent());
    }

    @Test
    void pairwiseClientsSeeTheirOwnSubject() {
        Client pairwise = new Client("pw", "pw", null, Set.of("authorization_code"), Set.of(), List.of(),
                List.of(REDIRECT), 300, "RS256", null, null, ExchangePolicy.DEFAULT, null, ClaimsRuleSet.EMPTY,
                new OidcSettings("client_secret_basic", true, OidcSettings.PAIRWISE, "web.example", List.of(), null,
                        null), true, null, null);
        String code = f.code(pairwise, Set.of("openid"), null, OidcFixture.VERIFIER);
        TokenResponse response = codeGrant.handle(pairwise, redeem(code, OidcFixture.VERIFIER));
        String subject = f.verifier.verify(response.accessToken()).orElseThrow().claims().getSubject();
        assertFalse(subject.equals("user-42"));
        assertEquals(f.subjects.subject(pairwise, "user-42"), subject);
    }

    private static TokenRequest redeem(String code, String verifier) {
        Map<String, List<String>> form = new HashMap<>();
        form.put("grant_type", List.of("authorization_code"));
        form.put("code", List.of(code));
        form.put("redirect_uri", List.of(REDIRECT));
        form.put("code_verifier", List.of(verifier));
        return new TokenRequest(form);
    }

    private static TokenRequest refresh(String token, String scope) {
        Map<String, List<String>> form = new HashMap<>();
        form.put("grant_type", List.of("refresh_token"));
        form.put("refresh_token", List.of(token));
        if (scope != null) {
            form.put("scope", List.of(scope));
        }
        return new TokenRequest(form);
    }

    private static Client client(String id, Set<String> grants, String idAlg) {
        return new Client(id, id, null, grants, Set.of("orders.read"), List.of(), List.of(REDIRECT), 300, "RS256",
                null, null, ExchangePolicy.DEFAULT, null, ClaimsRuleSet.EMPTY,
                new OidcSettings("client_secret_basic", true, OidcSettings.PUBLIC, null, List.of(), idAlg, 3600), true,
                null, null);
    }
}

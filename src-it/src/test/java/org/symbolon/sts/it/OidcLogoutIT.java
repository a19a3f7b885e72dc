package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Logout as relying parties live it: OpenID Connect Back-Channel Logout to an HTTP endpoint run by
 * the test, tokens cut off when a user is disabled, and public clients revoking their own tokens.
 */
class OidcLogoutIT {

    private static final URI AUTHORIZE = URI.create(Sts.ISSUER + "/oauth2/authorize");
    private static final URI LOGOUT = URI.create(Sts.ISSUER + "/oauth2/logout");
    private static final URI USERINFO = URI.create(Sts.ISSUER + "/oauth2/userinfo");
    private static final String PASSWORD = "correct horse battery staple 42";
    private static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

    private static final Map<String, String> USER_IDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static BackchannelReceiver receiver;
    private static RegisteredClient introspector;

    @BeforeAll
    static void start() {
        receiver = new BackchannelReceiver();
        introspector = AdminApi.register();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void logoutAtOneRpSendsTheOtherAValidLogoutTokenAndEndsTheFirstRpsRefreshToken() throws Exception {
        RegisteredClient web = webClient("/web-a", "public");
        RegisteredClient spa = publicClient("/spa-a");
        String username = user();
        Browser browser = new Browser();
        Rp webRp = new Rp(web, "https://web.example/callback");
        OIDCTokens webTokens = webRp.signIn(browser, username);
        OIDCTokens spaTokens = new Rp(spa, "https://spa.example/cb").signInAgain(browser);

        long start = System.nanoTime();
        HttpResponse<String> out = browser.get(new LogoutRequest(LOGOUT, webTokens.getIDToken(), null, null).toURI());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, out.statusCode(), out::body);

        JWTClaimsSet logout = verifiedLogoutToken(receiver.await("/spa-a", 10), spa.id());
        JWTClaimsSet spaId = spaTokens.getIDToken().getJWTClaimsSet();
        assertEquals(spaId.getStringClaim("sid"), logout.getStringClaim("sid"));
        assertEquals(spaId.getSubject(), logout.getSubject());
        assertNotNull(receiver.await("/web-a", 10), "the RP that asked is told too");
        assertTrue(millis < 3000, "logout answered in " + millis + " ms");

        assertEquals("invalid_grant", refreshError(web, webTokens.getRefreshToken()));
        assertEquals("invalid_grant", refreshError(spa, spaTokens.getRefreshToken()));
    }

    @Test
    void disablingAUserTellsEveryRpAndCutsOffPublicAndPairwiseTokens() throws Exception {
        RegisteredClient pairwise = webClient("/web-b", "pairwise");
        RegisteredClient spa = publicClient("/spa-b");
        String username = user();
        String userId = userId(username);
        Browser browser = new Browser();
        OIDCTokens pairwiseTokens = new Rp(pairwise, "https://web.example/callback").signIn(browser, username);
        OIDCTokens spaTokens = new Rp(spa, "https://spa.example/cb").signInAgain(browser);
        String pairwiseSub = pairwiseTokens.getIDToken().getJWTClaimsSet().getSubject();
        assertFalse(userId.equals(pairwiseSub));
        assertTrue(OAuthClient.isActive(introspector.basic(), pairwiseTokens.getAccessToken().getValue()));

        HttpResponse<String> disabled = AdminApi.admin("POST", "/api/admin/users/" + userId + "/disable", null);
        assertEquals(200, disabled.statusCode(), disabled::body);

        assertEquals(pairwiseSub, verifiedLogoutToken(receiver.await("/web-b", 10), pairwise.id()).getSubject());
        assertEquals(userId, verifiedLogoutToken(receiver.await("/spa-b", 10), spa.id()).getSubject());
        for (OIDCTokens tokens : new OIDCTokens[] {pairwiseTokens, spaTokens}) {
            assertFalse(OAuthClient.isActive(introspector.basic(), tokens.getAccessToken().getValue()));
            assertEquals(401, OAuthClient.send(new UserInfoRequest(USERINFO, tokens.getBearerAccessToken()))
                    .getStatusCode());
        }
        assertEquals("invalid_grant", refreshError(pairwise, pairwiseTokens.getRefreshToken()));
        assertEquals("invalid_grant", refreshError(spa, spaTokens.getRefreshToken()));
    }

    @Test
    void anRpThatIsDownOrHangsNeitherDelaysNorBreaksTheLogout() throws Exception {
        RegisteredClient hung = webClient("/slow-c", "public");
        RegisteredClient down = webClient(null, "public");
        AdminApi.update(down.id(), f -> f.add("backchannelLogoutUri", "http://127.0.0.1:1/down"));
        RegisteredClient healthy = publicClient("/spa-c");
        Browser browser = new Browser();
        OIDCTokens hungTokens = new Rp(hung, "https://web.example/callback").signIn(browser, user());
        new Rp(down, "https://web.example/callback").signInAgain(browser);
        new Rp(healthy, "https://spa.example/cb").signInAgain(browser);

        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            HttpResponse<String> out = browser.get(new LogoutRequest(LOGOUT, hungTokens.getIDToken(), null, null)
                    .toURI());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, out.statusCode());
            assertTrue(millis < 1500, "logout answered in " + millis + " ms");
        }
        assertNotNull(receiver.await("/spa-c", 10), "the healthy RP hears of it all the same");
        assertNotNull(receiver.await("/slow-c", 10));
        assertNull(receiver.await("/spa-c", 1), "a second logout of an ended session tells nobody again");
    }

    @Test
    void aPublicClientRevokesItsOwnRefreshTokenNamingItselfAlone() throws Exception {
        RegisteredClient spa = publicClient("/spa-d");
        RegisteredClient otherSpa = publicClient("/spa-e");
        RegisteredClient web = webClient(null, "public");
        OIDCTokens tokens = new Rp(spa, "https://spa.example/cb").signIn(new Browser(), user());
        String refresh = tokens.getRefreshToken().getValue();

        HttpResponse<String> foreign = revoke("client_id=" + otherSpa.id() + "&token=" + refresh);
        assertEquals(400, foreign.statusCode(), foreign::body);
        assertEquals("unauthorized_client", Sts.json(foreign).getString("error"));
        HttpResponse<String> confidential = revoke("client_id=" + web.id() + "&token=" + refresh);
        assertEquals(401, confidential.statusCode(), "a confidential client still authenticates");
        assertEquals("invalid_client", Sts.json(confidential).getString("error"));
        HttpResponse<String> introspection = Sts.postForm(Sts.INTROSPECTION_ENDPOINT,
                "client_id=" + spa.id() + "&token=" + refresh);
        assertEquals(401, introspection.statusCode(), "introspection is for authenticated clients only");

        HttpResponse<String> own = revoke("client_id=" + spa.id() + "&token=" + refresh);
        assertEquals(200, own.statusCode(), own::body);
        assertEquals("invalid_grant", refreshError(spa, tokens.getRefreshToken()));
    }

    @Test
    void backchannelSettingsAreAdvertisedRegisteredAndChecked() {
        JsonObject metadata = Sts.json(Sts.get("/.well-known/openid-configuration"));
        assertTrue(metadata.getBoolean("backchannel_logout_supported"));
        assertTrue(metadata.getBoolean("backchannel_logout_session_supported"));
        assertTrue(metadata.getJsonArray("revocation_endpoint_auth_methods_supported").getValuesAs(
                jakarta.json.JsonString.class).stream().anyMatch(s -> s.getString().equals("none")));

        RegisteredClient web = webClient("/web-f", "public");
        JsonObject read = Sts.json(AdminApi.admin("GET", "/api/admin/clients/" + web.id(), null));
        assertEquals(receiver.uri("/web-f"), read.getString("backchannelLogoutUri"));
        assertTrue(read.getBoolean("backchannelLogoutSessionRequired"));
        HttpResponse<String> changed = AdminApi.update(web.id(), f -> f.add("backchannelLogoutSessionRequired", false));
        assertEquals(200, changed.statusCode(), changed::body);
        assertFalse(Sts.json(changed).getBoolean("backchannelLogoutSessionRequired"));
        assertEquals(receiver.uri("/web-f"), Sts.json(changed).getString("backchannelLogoutUri"));

        for (String bad : new String[] {"http://rp.example/logout", "https://rp.example/logout#frag", "/logout"}) {
            HttpResponse<String> refused = AdminApi.update(web.id(), f -> f.add("backchannelLogoutUri", bad));
            assertEquals(400, refused.statusCode(), refused::body);
            assertEquals("backchannelLogoutUri", Sts.json(refused).getString("field"), refused::body);
        }
    }

    /** Verifies a Logout Token as an RP would (Back-Channel Logout 1.0 section 2.6), against our JWKS. */
    private static JWTClaimsSet verifiedLogoutToken(String token, String clientId) throws Exception {
        assertNotNull(token, "no Logout Token arrived");
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("logout+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                new ImmutableJWKSet<>(OAuthClient.publishedKeys())));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId,
                new JWTClaimsSet.Builder().issuer(Sts.ISSUER).build(), Set.of("iat", "exp", "jti", "sid", "sub",
                        "events")));
        JWTClaimsSet claims = processor.process(token, null);
        assertEquals(Map.of(), claims.getJSONObjectClaim("events").get(EVENT));
        assertNull(claims.getClaim("nonce"), "a Logout Token never carries a nonce");
        assertTrue(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime() <= 120_000);
        assertFalse(OAuthClient.isActive(introspector.basic(), token), "never taken for an access token");
        assertEquals(JWSAlgorithm.RS256, SignedJWT.parse(token).getHeader().getAlgorithm());
        return claims;
    }

    private static RegisteredClient webClient(String backchannelPath, String subjectType) {
        return AdminApi.register(f -> {
            f.add("grantTypes", Sts.array("authorization_code", "refresh_token"))
                    .add("redirectUris", Sts.array("https://web.example/callback")).add("subjectType", subjectType);
            if (backchannelPath != null) {
                f.add("backchannelLogoutUri", receiver.uri(backchannelPath));
            }
        });
    }

    private static RegisteredClient publicClient(String backchannelPath) {
        return AdminApi.register(f -> f.add("grantTypes", Sts.array("authorization_code", "refresh_token"))
                .add("redirectUris", Sts.array("https://spa.example/cb")).add("tokenEndpointAuthMethod", "none")
                .add("scopes", Sts.array()).add("backchannelLogoutUri", receiver.uri(backchannelPath)));
    }

    /** A new user; its id is kept for {@link #userId}. */
    private static String user() {
        String username = Sts.uniqueId("lou");
        HttpResponse<String> created = AdminApi.admin("POST", "/api/admin/users", Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).build().toString());
        assertEquals(201, created.statusCode(), created::body);
        USER_IDS.put(username, Sts.json(created).getString("id"));
        return username;
    }

    private static String userId(String username) {
        return USER_IDS.get(username);
    }

    private static HttpResponse<String> revoke(String form) {
        return Sts.postForm(Sts.REVOCATION_ENDPOINT, form);
    }

    private static String refreshError(RegisteredClient client, RefreshToken token) throws Exception {
        RefreshTokenGrant grant = new RefreshTokenGrant(token);
        TokenRequest request = client.secret() == null ? new TokenRequest(Sts.TOKEN_ENDPOINT,
                new ClientID(client.id()), grant) : new TokenRequest(Sts.TOKEN_ENDPOINT, client.basic(), grant);
        TokenResponse response = OIDCTokenResponseParser.parse(OAuthClient.send(request));
        assertFalse(response.indicatesSuccess(), "the refresh token still works");
        return response.toErrorResponse().getErrorObject().getCode();
    }

    /** A relying party's code flow with PKCE, in one browser. */
    private record Rp(RegisteredClient client, String redirect) {

        /** Signs in at the login page on the way. */
        OIDCTokens signIn(Browser browser, String username) throws Exception {
            Request r = new Request();
            URI login = Browser.location(browser.get(r.uri()));
            return redeem(r, Browser.location(browser.get(browser.signIn(login, username, PASSWORD))));
        }

        /** Single sign-on: the browser's session suffices. */
        OIDCTokens signInAgain(Browser browser) throws Exception {
            Request r = new Request();
            return redeem(r, Browser.location(browser.get(r.uri())));
        }

        private OIDCTokens redeem(Request r, URI location) throws Exception {
            assertTrue(location.toString().startsWith(redirect), location::toString);
            AuthorizationResponse response = AuthorizationResponse.parse(location);
            assertTrue(response.indicatesSuccess(), location::toString);
            AuthorizationCodeGrant grant = new AuthorizationCodeGrant(
                    response.toSuccessResponse().getAuthorizationCode(), URI.create(redirect), r.verifier);
            TokenRequest request = client.secret() == null ? new TokenRequest(Sts.TOKEN_ENDPOINT,
                    new ClientID(client.id()), grant) : new TokenRequest(Sts.TOKEN_ENDPOINT, client.basic(), grant);
            TokenResponse tokens = OIDCTokenResponseParser.parse(OAuthClient.send(request));
            assertTrue(tokens.indicatesSuccess(), () -> tokens.toErrorResponse().getErrorObject().toString());
            return ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens();
        }

        private final class Request {
            final CodeVerifier verifier = new CodeVerifier();

            URI uri() {
                return new AuthenticationRequest.Builder(new ResponseType("code"), new Scope("openid"),
                        new ClientID(client.id()), URI.create(redirect)).state(new State()).nonce(new Nonce())
                        .codeChallenge(verifier, CodeChallengeMethod.S256).endpointURI(AUTHORIZE).build().toURI();
            }
        }
    }
}

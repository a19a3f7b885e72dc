package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.AccessTokenType;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6749 section 4.4 with RFC 9068 tokens: what a service calling Symbolon for itself gets. */
class ClientCredentialsIT {

    private static final String ORDERS_API = "https://orders.example.test/api";
    private static final String BILLING_API = "https://billing.example.test/api";

    @ParameterizedTest(name = "{0} token with {1}")
    @CsvSource({"RS256, client_secret_basic", "RS256, client_secret_post", "ES256, client_secret_basic",
            "ES256, client_secret_post"})
    void issuesAnAccessTokenThatVerifiesAgainstThePublishedKeys(String alg, String authMethod) throws Exception {
        RegisteredClient client = AdminApi.register(c -> c.add("signingAlg", alg)
                .add("scopes", Sts.array("orders.read", "orders.write"))
                .add("audiences", Sts.array(ORDERS_API)));
        ClientAuthentication auth = "client_secret_basic".equals(authMethod) ? client.basic() : client.post();
        long before = System.currentTimeMillis() / 1000;

        AccessTokenResponse response = OAuthClient.token(auth, "orders.read");
        String token = response.getTokens().getAccessToken().getValue();

        assertEquals(AccessTokenType.BEARER, response.getTokens().getAccessToken().getType());
        assertEquals(Scope.parse("orders.read"), response.getTokens().getAccessToken().getScope());
        SignedJWT jwt = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.parse(alg), jwt.getHeader().getAlgorithm());
        assertEquals(new JOSEObjectType("at+jwt"), jwt.getHeader().getType());
        assertNotNull(jwt.getHeader().getKeyID());
        assertNotNull(OAuthClient.publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID()), "kid is published");

        JWTClaimsSet claims = OAuthClient.verifyAccessToken(token);
        assertEquals(Sts.ISSUER, claims.getIssuer());
        assertEquals(client.id(), claims.getSubject(), "the client acts for itself");
        assertEquals(client.id(), claims.getStringClaim("client_id"));
        assertEquals(List.of(ORDERS_API), claims.getAudience());
        assertEquals("orders.read", claims.getStringClaim("scope"));
        assertFalse(claims.getJWTID().isBlank());
        long iat = claims.getIssueTime().getTime() / 1000;
        assertTrue(iat >= before - 5 && iat <= System.currentTimeMillis() / 1000 + 5, "iat is now");
        assertEquals(300, claims.getExpirationTime().getTime() / 1000 - iat, "default lifetime is 300 s");
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        RegisteredClient client = AdminApi.register();
        String first = OAuthClient.accessToken(client.basic());
        String second = OAuthClient.accessToken(client.basic());
        assertNotEquals(OAuthClient.verifyAccessToken(first).getJWTID(),
                OAuthClient.verifyAccessToken(second).getJWTID());
    }

    @Test
    void tokenResponsesAreNeverCached() {
        RegisteredClient client = AdminApi.register();
        HTTPResponse http = OAuthClient.tokenResponse(client.basic());
        assertEquals(200, http.getStatusCode(), http.getBody());
        assertEquals("no-store", http.getHeaderValue("Cache-Control"));
        assertEquals("no-cache", http.getHeaderValue("Pragma"));
    }

    @Test
    void withoutScopeParameterTheTokenCarriesTheRegisteredScopes() throws Exception {
        RegisteredClient client = AdminApi.register(c -> c.add("scopes", Sts.array("orders.read", "orders.write")));
        JWTClaimsSet claims = OAuthClient.verifyAccessToken(OAuthClient.accessToken(client.basic()));
        assertEquals(Scope.parse("orders.read orders.write"), Scope.parse(claims.getStringClaim("scope")));
    }

    @Test
    void withoutAudienceParameterTheTokenIsForTheRegisteredAudiences() throws Exception {
        RegisteredClient client = AdminApi.register(c -> c.add("audiences", Sts.array(ORDERS_API, BILLING_API)));
        JWTClaimsSet claims = OAuthClient.verifyAccessToken(OAuthClient.accessToken(client.basic()));
        assertEquals(List.of(ORDERS_API, BILLING_API), claims.getAudience());
    }

    @Test
    void clientWithoutRegisteredAudiencesGetsATokenForTheIssuerItself() throws Exception {
        RegisteredClient client = AdminApi.register();
        String token = OAuthClient.accessToken(client.basic());
        assertEquals(List.of(Sts.ISSUER), OAuthClient.verifyAccessToken(token).getAudience());
    }

    @Test
    void requestedResourceFromTheAllowedListBecomesTheOnlyAudience() throws Exception {
        RegisteredClient client = AdminApi.register(c -> c.add("audiences", Sts.array(ORDERS_API, BILLING_API)));
        String token = OAuthClient.issued(OAuthClient.send(OAuthClient.tokenRequest(client.basic())
                .resources(URI.create(BILLING_API)).build())).getTokens().getAccessToken().getValue();
        assertEquals(List.of(BILLING_API), OAuthClient.verifyAccessToken(token).getAudience());
    }

    @Test
    void requestedAudienceFromTheAllowedListBecomesTheOnlyAudience() throws Exception {
        RegisteredClient client = AdminApi.register(c -> c.add("audiences", Sts.array(ORDERS_API, BILLING_API)));
        String token = OAuthClient.issued(OAuthClient.send(OAuthClient.tokenRequest(client.basic())
                .customParameter("audience", ORDERS_API).build())).getTokens().getAccessToken().getValue();
        assertEquals(List.of(ORDERS_API), OAuthClient.verifyAccessToken(token).getAudience());
    }

    @Test
    void scopeOutsideTheAllowedSetIsInvalidScope() {
        RegisteredClient client = AdminApi.register(c -> c.add("scopes", Sts.array("orders.read")));
        HTTPResponse http = OAuthClient.send(OAuthClient.tokenRequest(client.basic())
                .scope(Scope.parse("orders.read orders.write")).build());
        assertRefused(http, 400, "invalid_scope");
    }

    @Test
    void adminScopeCannotBeRequestedByAClientNotRegisteredForIt() {
        RegisteredClient client = AdminApi.register();
        HTTPResponse http = OAuthClient.send(OAuthClient.tokenRequest(client.basic())
                .scope(Scope.parse("sts:admin")).build());
        assertRefused(http, 400, "invalid_scope");
    }

    @Test
    void audienceOutsideTheAllowedListIsInvalidTarget() {
        RegisteredClient client = AdminApi.register(c -> c.add("audiences", Sts.array(ORDERS_API)));
        HTTPResponse http = OAuthClient.send(OAuthClient.tokenRequest(client.basic())
                .customParameter("audience", BILLING_API).build());
        assertRefused(http, 400, "invalid_target");
    }

    @Test
    void resourceOutsideTheAllowedListIsInvalidTarget() {
        RegisteredClient client = AdminApi.register(c -> c.add("audiences", Sts.array(ORDERS_API)));
        HTTPResponse http = OAuthClient.send(OAuthClient.tokenRequest(client.basic())
                .resources(URI.create(ORDERS_API), URI.create(BILLING_API)).build());
        assertRefused(http, 400, "invalid_target");
    }

    @Test
    void clientWithoutRegisteredAudiencesCannotAskForAnyAudience() {
        RegisteredClient client = AdminApi.register();
        HTTPResponse http = OAuthClient.send(OAuthClient.tokenRequest(client.basic())
                .resources(URI.create(ORDERS_API)).build());
        assertRefused(http, 400, "invalid_target");
    }

    @Test
    void wrongSecretIsInvalidClientWithBasicChallenge() {
        RegisteredClient client = AdminApi.register();
        HTTPResponse http = OAuthClient.tokenResponse(OAuthClient.basic(client.id(), client.secret() + "x"));
        assertRefused(http, 401, "invalid_client");
        assertTrue(http.getHeaderValue("WWW-Authenticate").startsWith("Basic "),
                "challenge: " + http.getHeaderValue("WWW-Authenticate"));
    }

    @Test
    void unknownClientGetsTheSameAnswerAsAWrongSecret() {
        RegisteredClient client = AdminApi.register();
        HTTPResponse wrongSecret = OAuthClient.tokenResponse(OAuthClient.basic(client.id(), "not-the-secret"));
        HTTPResponse unknown = OAuthClient.tokenResponse(OAuthClient.basic(Sts.uniqueId("nobody"), "not-the-secret"));
        assertRefused(unknown, 401, "invalid_client");
        assertEquals(wrongSecret.getStatusCode(), unknown.getStatusCode());
        assertEquals(wrongSecret.getHeaderValue("WWW-Authenticate"), unknown.getHeaderValue("WWW-Authenticate"));
        assertEquals(wrongSecret.getBody(), unknown.getBody(), "no hint whether the client exists");
    }

    @Test
    void secretSentWithTheWrongClientIdIsRefused() {
        RegisteredClient alice = AdminApi.register();
        RegisteredClient bob = AdminApi.register();
        assertRefused(OAuthClient.tokenResponse(OAuthClient.post(bob.id(), alice.secret())), 401,
                "invalid_client");
    }

    @Test
    void guessingTheSecretOnlineIsCutOff() throws Exception {
        RegisteredClient client = AdminApi.register();
        int secondOfMinute = LocalTime.now().getSecond();
        if (secondOfMinute > 45) { // the limit counts per clock minute: start the guesses in a fresh one
            Thread.sleep((61 - secondOfMinute) * 1000L);
        }
        for (int guess = 0; guess < 25; guess++) {
            assertEquals(401, OAuthClient.tokenResponse(OAuthClient.basic(client.id(), "guess-" + guess))
                    .getStatusCode());
        }
        // now even the right secret is refused for a while
        assertRefused(OAuthClient.tokenResponse(client.basic()), 401, "invalid_client");
    }

    @Test
    void clientRegisteredDisabledGetsNoToken() {
        RegisteredClient client = AdminApi.register(c -> c.add("enabled", false));
        assertRefused(OAuthClient.tokenResponse(client.basic()), 401, "invalid_client");
    }

    @Test
    void disablingAClientStopsItGettingTokensAtOnce() {
        RegisteredClient client = AdminApi.register();
        OAuthClient.accessToken(client.basic());
        HttpResponse<String> update = AdminApi.update(client.id(), c -> c.add("enabled", false));
        assertEquals(200, update.statusCode(), update.body());
        assertRefused(OAuthClient.tokenResponse(client.basic()), 401, "invalid_client");
    }

    @Test
    void browserClientWithoutRedirectUrisOrWithTheImplicitGrantCannotBeRegistered() {
        HttpResponse<String> noRedirect = AdminApi.admin("POST", "/api/admin/clients",
                "{\"name\":\"web app\",\"grantTypes\":[\"authorization_code\"]}");
        assertEquals(400, noRedirect.statusCode(), noRedirect.body());
        assertEquals("redirectUris", Sts.json(noRedirect).getString("field"));
        HttpResponse<String> implicit = AdminApi.admin("POST", "/api/admin/clients",
                "{\"name\":\"web app\",\"grantTypes\":[\"implicit\"],\"redirectUris\":[\"https://app.example/cb\"]}");
        assertEquals(400, implicit.statusCode(), implicit.body());
        assertEquals("grantTypes", Sts.json(implicit).getString("field"));
    }

    @Test
    void clientWithoutAnyGrantCannotBeRegistered() {
        HttpResponse<String> response = AdminApi.admin("POST", "/api/admin/clients",
                "{\"name\":\"nothing\",\"grantTypes\":[]}");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("grantTypes", Sts.json(response).getString("field"));
    }

    @Test
    void tokenLifetimeIsTheClientsAccessTokenLifetime() throws Exception {
        RegisteredClient client = AdminApi.register(c -> c.add("accessTokenLifetime", 120));
        AccessTokenResponse response = OAuthClient.token(client.basic(), null);
        assertEquals(120, response.getTokens().getAccessToken().getLifetime());
        JWTClaimsSet claims = OAuthClient.verifyAccessToken(response.getTokens().getAccessToken().getValue());
        assertEquals(120, (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
    }

    static void assertRefused(HTTPResponse http, int status, String error) {
        assertEquals(status, http.getStatusCode(), http.getBody());
        assertFalse(http.getBody().contains("access_token"), http.getBody());
        TokenResponse response = OAuthClient.parseTokenResponse(http);
        assertFalse(response.indicatesSuccess());
        ErrorObject errorObject = response.toErrorResponse().getErrorObject();
        assertEquals(error, errorObject.getCode(), http.getBody());
        assertEquals("no-store", http.getHeaderValue("Cache-Control"));
    }
}

package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.Scope;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin API: only Symbolon's own admin tokens get in; clients and keys are managed as documented. */
class AdminApiIT {

    private static final String CLIENTS = "/api/admin/clients";

    // ---- who may call ----

    @ParameterizedTest
    @ValueSource(strings = {CLIENTS, "/api/admin/keys"})
    void requestWithoutTokenIs401WithBearerChallenge(String path) {
        HttpResponse<String> response = AdminApi.admin("GET", path, null, null);
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("invalid_token", Sts.json(response).getString("error"));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                response.headers().map().toString());
    }

    @Test
    void malformedBearerTokenIs401() {
        HttpResponse<String> response = AdminApi.admin("GET", CLIENTS, null, "not.a.token");
        assertEquals(401, response.statusCode());
        assertEquals("invalid_token", Sts.json(response).getString("error"));
    }

    @Test
    void basicCredentialsOfTheAdminClientAreNotABearerToken() {
        HttpResponse<String> response = Sts.send(HttpRequest.newBuilder(Sts.url(CLIENTS))
                .header("Authorization", Sts.basicHeader(Sts.ADMIN_CLIENT_ID, Sts.ADMIN_CLIENT_SECRET)).GET().build());
        assertEquals(401, response.statusCode());
    }

    @Test
    void tokenWithoutTheAdminScopeIs403InsufficientScope() {
        RegisteredClient reader = AdminApi.register(c -> c.add("scopes", Sts.array("orders.read")));
        HttpResponse<String> response = AdminApi.admin("GET", CLIENTS, null, OAuthClient.accessToken(reader.basic()));
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("insufficient_scope", Sts.json(response).getString("error"));
    }

    @Test
    void adminScopedTokenMeantForAnotherAudienceIsRefused() {
        RegisteredClient elsewhere = AdminApi.register(c -> c.add("scopes", Sts.array("sts:admin"))
                .add("audiences", Sts.array("https://orders.example.test/api")));
        String token = OAuthClient.accessToken(elsewhere.basic());
        HttpResponse<String> response = AdminApi.admin("GET", CLIENTS, null, token);
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("invalid_token", Sts.json(response).getString("error"));
    }

    @Test
    void expiredAdminTokenIs401() throws Exception {
        RegisteredClient admin = AdminApi.register(c -> c.add("scopes", Sts.array("sts:admin"))
                .add("accessTokenLifetime", 10));
        String token = OAuthClient.accessToken(admin.basic());
        assertEquals(200, AdminApi.admin("GET", CLIENTS, null, token).statusCode(), "valid while fresh");
        Date expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime();
        Thread.sleep(Math.max(0, expiry.getTime() - System.currentTimeMillis()) + 1_000);

        HttpResponse<String> response = AdminApi.admin("GET", CLIENTS, null, token);
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("invalid_token", Sts.json(response).getString("error"));
    }

    // ---- clients ----

    @Test
    void createdClientShowsItsSecretExactlyOnce() {
        String clientId = Sts.uniqueId("crud");
        HttpResponse<String> created = AdminApi.admin("POST", CLIENTS, "{\"clientId\":\"" + clientId + "\","
                + "\"name\":\"Orders service\",\"grantTypes\":[\"client_credentials\"],\"scopes\":[\"orders.read\"]}");

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(Sts.BASE_URL + CLIENTS + "/" + clientId, created.headers().firstValue("Location").orElse(""));
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));
        String secret = Sts.json(created).getString("clientSecret");
        assertTrue(secret.length() >= 22, "at least 128 bits of secret");
        OAuthClient.accessToken(OAuthClient.basic(clientId, secret));

        HttpResponse<String> read = AdminApi.admin("GET", CLIENTS + "/" + clientId, null);
        assertEquals(200, read.statusCode());
        JsonObject shown = Sts.json(read);
        assertEquals(clientId, shown.getString("clientId"));
        assertEquals("Orders service", shown.getString("name"));
        assertTrue(shown.getBoolean("hasSecret"));
        assertFalse(shown.containsKey("clientSecret"));
        assertFalse(read.body().contains(secret), "the secret is never shown again");
        HttpResponse<String> list = AdminApi.admin("GET", CLIENTS, null);
        assertTrue(list.body().contains(clientId));
        assertFalse(list.body().contains(secret));
    }

    @Test
    void clientIdIsGeneratedWhenNotGiven() {
        HttpResponse<String> created = AdminApi.admin("POST", CLIENTS,
                "{\"name\":\"anonymous\",\"grantTypes\":[\"client_credentials\"]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject client = Sts.json(created);
        assertFalse(client.getString("clientId").isBlank());
        assertEquals(300, client.getInt("accessTokenLifetime"), "default lifetime");
        OAuthClient.accessToken(OAuthClient.basic(client.getString("clientId"), client.getString("clientSecret")));
    }

    @Test
    void updatingScopesChangesWhatTheClientMayRequestAndKeepsTheSecret() {
        RegisteredClient client = AdminApi.register(c -> c.add("scopes", Sts.array("orders.read")));

        HttpResponse<String> updated = AdminApi.update(client.id(), c -> c.add("scopes", Sts.array("orders.write")));

        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(List.of("orders.write"), Sts.json(updated).getJsonArray("scopes").getValuesAs(
                JsonString::getString));
        assertEquals(Scope.parse("orders.write"),
                OAuthClient.token(client.basic(), "orders.write").getTokens().getAccessToken().getScope());
        ClientCredentialsIT.assertRefused(OAuthClient.send(OAuthClient.tokenRequest(client.basic())
                .scope(Scope.parse("orders.read")).build()), 400, "invalid_scope");
    }

    @Test
    void clientIdCannotBeChangedByAnUpdate() {
        RegisteredClient client = AdminApi.register();
        HttpResponse<String> response = AdminApi.update(client.id(), c -> c.add("clientId", Sts.uniqueId("renamed")));
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("clientId", Sts.json(response).getString("field"));
    }

    @Test
    void rotatingTheSecretRetiresTheOldOne() {
        RegisteredClient client = AdminApi.register();

        HttpResponse<String> rotated = AdminApi.admin("POST", CLIENTS + "/" + client.id() + "/secret", null);

        assertEquals(200, rotated.statusCode(), rotated.body());
        assertEquals("no-store", rotated.headers().firstValue("Cache-Control").orElse(""));
        JsonObject body = Sts.json(rotated);
        assertEquals(client.id(), body.getString("clientId"));
        String newSecret = body.getString("clientSecret");
        assertNotEquals(client.secret(), newSecret);
        ClientCredentialsIT.assertRefused(OAuthClient.tokenResponse(client.basic()), 401,
                "invalid_client");
        OAuthClient.accessToken(OAuthClient.basic(client.id(), newSecret));
    }

    @Test
    void deletedClientIsGoneAndItsSecretGetsNoTokens() {
        RegisteredClient client = AdminApi.register();
        OAuthClient.accessToken(client.basic());

        HttpResponse<String> deleted = AdminApi.admin("DELETE", CLIENTS + "/" + client.id(), null);

        assertEquals(204, deleted.statusCode(), deleted.body());
        HttpResponse<String> read = AdminApi.admin("GET", CLIENTS + "/" + client.id(), null);
        assertEquals(404, read.statusCode());
        assertEquals("not_found", Sts.json(read).getString("error"));
        ClientCredentialsIT.assertRefused(OAuthClient.tokenResponse(client.basic()), 401,
                "invalid_client");
        assertEquals(404, AdminApi.admin("DELETE", CLIENTS + "/" + client.id(), null).statusCode());
    }

    @Test
    void duplicateClientIdIsConflict() {
        RegisteredClient client = AdminApi.register();
        HttpResponse<String> response = AdminApi.admin("POST", CLIENTS, "{\"clientId\":\"" + client.id()
                + "\",\"name\":\"again\",\"grantTypes\":[\"client_credentials\"]}");
        assertEquals(409, response.statusCode(), response.body());
        assertTrue(Sts.json(response).containsKey("error"));
    }

    @Test
    void unknownClientIs404() {
        HttpResponse<String> response = AdminApi.admin("GET", CLIENTS + "/" + Sts.uniqueId("nobody"), null);
        assertEquals(404, response.statusCode());
        assertEquals("not_found", Sts.json(response).getString("error"));
        String secretOfNobody = CLIENTS + "/" + Sts.uniqueId("nobody") + "/secret";
        assertEquals(404, AdminApi.admin("POST", secretOfNobody, null).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":", "[]", "\"just a string\"", "{\"name\":\"x\"} trailing", ""})
    void bodyThatIsNotAJsonObjectIs400(String body) {
        HttpResponse<String> response = AdminApi.admin("POST", CLIENTS, body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid_request", Sts.json(response).getString("error"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 10_000})
    void deeplyNestedJsonIs400NotA500(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        String body = withValidBase("{BASE,\"scopes\":" + nested + "}");
        HttpResponse<String> response = AdminApi.admin("POST", CLIENTS, body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid_request", Sts.json(response).getString("error"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "grantTypes          | {\"name\":\"x\",\"grantTypes\":\"client_credentials\"}",
            "name                | {\"name\":5,\"grantTypes\":[\"client_credentials\"]}",
            "scopes              | {BASE,\"scopes\":[1]}",
            "audiences           | {BASE,\"audiences\":\"a\"}",
            "accessTokenLifetime | {BASE,\"accessTokenLifetime\":\"300\"}",
            "accessTokenLifetime | {BASE,\"accessTokenLifetime\":30.5}",
            "enabled             | {BASE,\"enabled\":\"yes\"}",
            "jwks                | {BASE,\"jwks\":\"keys\"}",
            "signingAlg          | {BASE,\"signingAlg\":256}"})
    void fieldOfTheWrongTypeIs400NamingIt(String field, String body) {
        assertRefusedField(AdminApi.admin("POST", CLIENTS, withValidBase(body)), field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "name                | {\"grantTypes\":[\"client_credentials\"]}",
            "name                | {\"name\":\"  \",\"grantTypes\":[\"client_credentials\"]}",
            "clientId            | {\"clientId\":\"../admin\",\"name\":\"x\",\"grantTypes\":[\"client_credentials\"]}",
            "accessTokenLifetime | {BASE,\"accessTokenLifetime\":5}",
            "accessTokenLifetime | {BASE,\"accessTokenLifetime\":86401}",
            "signingAlg          | {BASE,\"signingAlg\":\"HS256\"}",
            "signingAlg          | {BASE,\"signingAlg\":\"none\"}",
            "scopes              | {BASE,\"scopes\":[\"a b\"]}",
            "redirectUris        | {BASE,\"redirectUris\":[\"http://evil.example/cb\"]}",
            "jwks                | {BASE,\"jwks\":{\"keys\":[]}}",
            "colour              | {BASE,\"colour\":\"red\"}",
            "clientSecret        | {BASE,\"clientSecret\":\"chosen\"}"})
    void invalidOrUnknownFieldIs400NamingIt(String field, String body) {
        assertRefusedField(AdminApi.admin("POST", CLIENTS, withValidBase(body)), field);
    }

    /** BASE in a test body stands for a name and grant that are valid on their own. */
    private static String withValidBase(String body) {
        return body.replace("BASE", "\"name\":\"x\",\"grantTypes\":[\"client_credentials\"]");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"scopes", "audiences", "redirectUris"})
    void listTooLongToStoreIs400NotA500(String field) {
        // each value is valid on its own; together they exceed what a client registration may hold
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (int i = 0; i < 100; i++) {
            values.add(switch (field) {
                case "scopes" -> "scope-" + i + "-" + "s".repeat(100);
                default -> "https://api-" + i + ".example.test/" + "p".repeat(100);
            });
        }
        String body = Json.createObjectBuilder().add("name", "x")
                .add("grantTypes", Sts.array(Sts.CLIENT_CREDENTIALS)).add(field, values).build().toString();
        assertRefusedField(AdminApi.admin("POST", CLIENTS, body), field);
    }

    @Test
    void jwksWithPrivateKeyMaterialIsRefused() throws Exception {
        String jwks = new JWKSet(new RSAKeyGenerator(2048).generate()).toString(false);
        String body = withValidBase("{BASE,\"jwks\":" + jwks + "}");
        HttpResponse<String> response = AdminApi.admin("POST", CLIENTS, body);
        assertRefusedField(response, "jwks");
        assertFalse(response.body().contains("\"d\""), "the private key is not echoed");
    }

    static void assertRefusedField(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = Sts.json(response);
        assertEquals("invalid_request", error.getString("error"));
        assertEquals(field, error.getString("field"), response.body());
        assertFalse(error.getString("error_description").isBlank());
    }
}

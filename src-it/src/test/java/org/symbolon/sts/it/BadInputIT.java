package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken requests at the OAuth endpoints: every one is refused with a 4xx JSON error
 * object, never a 500 and never a token. Requests carry a valid client's credentials unless the
 * case is about the credentials, so a refusal is due to the defect under test.
 */
class BadInputIT {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static RegisteredClient client;
    private static String validBasic;
    private static String validToken;

    @BeforeAll
    static void registerClient() {
        client = AdminApi.register();
        validBasic = Sts.basicHeader(client.id(), client.secret());
        validToken = OAuthClient.accessToken(client.basic());
    }

    /** What a request at {@code endpoint} needs besides client authentication to succeed. */
    private static String validParameters(String endpoint) {
        return "token".equals(endpoint) ? "grant_type=client_credentials" : "token=" + validToken;
    }

    private static URI uri(String endpoint) {
        return switch (endpoint) {
            case "token" -> Sts.TOKEN_ENDPOINT;
            case "introspect" -> Sts.INTROSPECTION_ENDPOINT;
            default -> Sts.REVOCATION_ENDPOINT;
        };
    }

    /** One defective request, for the endpoints it applies to; status and error are checked when given. */
    record Case(String name, List<String> endpoints, int status, String error, Request request) {

        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Request {
        HttpResponse<String> send(URI endpoint, String validParameters);
    }

    private static final List<String> ALL = List.of("token", "introspect", "revoke");
    private static final List<String> TOKEN = List.of("token");
    private static final List<String> TOKEN_USERS = List.of("introspect", "revoke");

    private static Case any(String name, Request request) {
        return new Case(name, ALL, 0, null, request);
    }

    static Stream<Arguments> badRequests() {
        List<Case> cases = List.of(
                // the body
                any("JSON body", (uri, ok) -> Sts.postForm(uri,
                        "{\"grant_type\":\"client_credentials\",\"token\":\"" + validToken + "\"}",
                        "Content-Type", "application/json", "Authorization", validBasic)),
                any("form body labelled text/plain", (uri, ok) -> Sts.postForm(uri, ok,
                        "Content-Type", "text/plain", "Authorization", validBasic)),
                any("form body labelled multipart/form-data", (uri, ok) -> Sts.postForm(uri, ok,
                        "Content-Type", "multipart/form-data; boundary=x", "Authorization", validBasic)),
                any("form body without Content-Type", (uri, ok) -> Sts.postForm(uri, ok,
                        "Content-Type", null, "Authorization", validBasic)),
                any("empty body", (uri, ok) -> Sts.postForm(uri, "", "Authorization", validBasic)),
                new Case("body over 64 KiB", ALL, 413, null, (uri, ok) -> Sts.postForm(uri,
                        ok + "&scope=" + "a".repeat(70_000), "Authorization", validBasic)),
                any("invalid UTF-8 bytes", (uri, ok) -> Sts.postBytes(uri,
                        concat(ok + "&scope=", new byte[] {(byte) 0xC3, (byte) 0x28}), "Authorization", validBasic)),
                any("percent-encoded invalid UTF-8", (uri, ok) -> Sts.postForm(uri, ok + "&scope=%C3%28",
                        "Authorization", validBasic)),
                any("malformed percent-encoding %zz", (uri, ok) -> Sts.postForm(uri, ok + "&scope=%zz",
                        "Authorization", validBasic)),
                any("truncated percent-encoding", (uri, ok) -> Sts.postForm(uri, ok + "&scope=orders%2",
                        "Authorization", validBasic)),
                any("NUL byte in a parameter", (uri, ok) -> Sts.postForm(uri, ok + "&scope=orders%00.read",
                        "Authorization", validBasic)),
                any("malformed percent-encoding in a parameter name", (uri, ok) -> Sts.postForm(uri,
                        ok + "&%zz=1", "Authorization", validBasic)),
                // client authentication
                new Case("no client authentication", ALL, 401, "invalid_client", (uri, ok) -> Sts.postForm(uri, ok)),
                new Case("Basic !!!", ALL, 401, "invalid_client", (uri, ok) -> Sts.postForm(uri, ok,
                        "Authorization", "Basic !!!")),
                new Case("Basic without a colon", ALL, 401, "invalid_client", (uri, ok) -> Sts.postForm(uri, ok,
                        "Authorization", "Basic " + base64(client.id() + client.secret()))),
                new Case("Basic with an empty client id", ALL, 401, "invalid_client", (uri, ok) -> Sts.postForm(uri,
                        ok, "Authorization", "Basic " + base64(":" + client.secret()))),
                new Case("Basic with a malformed percent-encoded id", ALL, 401, "invalid_client",
                        (uri, ok) -> Sts.postForm(uri, ok, "Authorization", "Basic " + base64("%zz:secret"))),
                new Case("Basic with nothing after it", ALL, 401, "invalid_client", (uri, ok) -> Sts.postForm(uri,
                        ok, "Authorization", "Basic ")),
                new Case("Bearer x", ALL, 401, "invalid_client", (uri, ok) -> Sts.postForm(uri, ok,
                        "Authorization", "Bearer x")),
                new Case("Bearer with the client's own access token", ALL, 401, "invalid_client",
                        (uri, ok) -> Sts.postForm(uri, ok, "Authorization", "Bearer " + validToken)),
                any("Authorization header of 16 KiB", (uri, ok) -> Sts.postForm(uri, ok,
                        "Authorization", "Basic " + "A".repeat(16 * 1024))),
                any("Basic and client_secret together", (uri, ok) -> Sts.postForm(uri, ok + "&client_id="
                        + client.id() + "&client_secret=" + Sts.formValue(client.secret()),
                        "Authorization", validBasic)),
                any("Basic and client_assertion together", (uri, ok) -> Sts.postForm(uri, ok
                        + "&client_assertion_type=" + Sts.formValue(ASSERTION_TYPE) + "&client_assertion=a.b.c",
                        "Authorization", validBasic)),
                any("client_secret and client_assertion together", (uri, ok) -> Sts.postForm(uri, ok
                        + "&client_id=" + client.id() + "&client_secret=" + Sts.formValue(client.secret())
                        + "&client_assertion_type=" + Sts.formValue(ASSERTION_TYPE) + "&client_assertion=a.b.c")),
                any("Basic for one client, client_id of another", (uri, ok) -> Sts.postForm(uri, ok
                        + "&client_id=" + Sts.uniqueId("other"), "Authorization", validBasic)),
                any("client_secret repeated", (uri, ok) -> Sts.postForm(uri, ok + "&client_id=" + client.id()
                        + "&client_secret=" + Sts.formValue(client.secret()) + "&client_secret=x")),
                any("client_assertion with the wrong client_assertion_type", (uri, ok) -> Sts.postForm(uri, ok
                        + "&client_id=" + client.id() + "&client_assertion_type=urn%3Aexample%3Asaml"
                        + "&client_assertion=a.b.c")),
                any("client_assertion without client_assertion_type", (uri, ok) -> Sts.postForm(uri, ok
                        + "&client_id=" + client.id() + "&client_assertion=a.b.c")),
                new Case("client_assertion that is no JWT", ALL, 401, "invalid_client", (uri, ok) -> Sts.postForm(uri,
                        ok + "&client_assertion_type=" + Sts.formValue(ASSERTION_TYPE) + "&client_assertion=garbage")),
                new Case("client's own access token as client_assertion", ALL, 401, "invalid_client",
                        (uri, ok) -> Sts.postForm(uri, ok + "&client_id=" + client.id() + "&client_assertion_type="
                                + Sts.formValue(ASSERTION_TYPE) + "&client_assertion=" + validToken)),
                // the grant
                new Case("missing grant_type", TOKEN, 400, "invalid_request", (uri, ok) -> Sts.postForm(uri,
                        "scope=orders.read", "Authorization", validBasic)),
                new Case("empty grant_type", TOKEN, 400, "invalid_request", (uri, ok) -> Sts.postForm(uri,
                        "grant_type=", "Authorization", validBasic)),
                new Case("repeated grant_type", TOKEN, 400, "invalid_request", (uri, ok) -> Sts.postForm(uri,
                        ok + "&grant_type=client_credentials", "Authorization", validBasic)),
                new Case("repeated scope", TOKEN, 400, "invalid_request", (uri, ok) -> Sts.postForm(uri,
                        ok + "&scope=orders.read&scope=orders.read", "Authorization", validBasic)),
                new Case("unknown grant_type", TOKEN, 400, "unsupported_grant_type", (uri, ok) -> Sts.postForm(uri,
                        "grant_type=urn%3Aexample%3Amagic", "Authorization", validBasic)),
                new Case("grant_type=password", TOKEN, 400, "unsupported_grant_type", (uri, ok) -> Sts.postForm(uri,
                        "grant_type=password&username=admin&password=" + Sts.formValue(
                                Sts.property("sts.admin.password", "x")), "Authorization", validBasic)),
                new Case("grant_type=authorization_code by a machine client", TOKEN, 400, "unauthorized_client",
                        (uri, ok) -> Sts.postForm(uri, "grant_type=authorization_code&code=x&redirect_uri="
                                + Sts.formValue("http://localhost/cb"), "Authorization", validBasic)),
                new Case("grant_type=refresh_token by a machine client", TOKEN, 400, "unauthorized_client", (uri, ok) -> Sts.postForm(
                        uri, "grant_type=refresh_token&refresh_token=" + validToken, "Authorization", validBasic)),
                new Case("grant_type=implicit", TOKEN, 400, "unsupported_grant_type", (uri, ok) -> Sts.postForm(
                        uri, "grant_type=implicit", "Authorization", validBasic)),
                new Case("grant_type in the wrong case", TOKEN, 400, "unsupported_grant_type",
                        (uri, ok) -> Sts.postForm(uri, "grant_type=CLIENT_CREDENTIALS", "Authorization", validBasic)),
                new Case("grant_type in the query string only", TOKEN, 400, "invalid_request",
                        (uri, ok) -> Sts.postForm(URI.create(uri + "?grant_type=client_credentials"), "",
                                "Authorization", validBasic)),
                new Case("resource that is not an absolute URI", TOKEN, 400, "invalid_target",
                        (uri, ok) -> Sts.postForm(uri, ok + "&resource=orders", "Authorization", validBasic)),
                // the token parameter
                new Case("missing token", TOKEN_USERS, 400, "invalid_request", (uri, ok) -> Sts.postForm(uri,
                        "token_type_hint=access_token", "Authorization", validBasic)),
                new Case("repeated token", TOKEN_USERS, 400, "invalid_request", (uri, ok) -> Sts.postForm(uri,
                        ok + "&token=" + validToken, "Authorization", validBasic)),
                new Case("repeated token_type_hint", TOKEN_USERS, 400, "invalid_request", (uri, ok) -> Sts.postForm(
                        uri, ok + "&token_type_hint=access_token&token_type_hint=refresh_token",
                        "Authorization", validBasic)));
        return cases.stream().flatMap(c -> c.endpoints().stream().map(e -> Arguments.of(e, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badRequests")
    void defectiveRequestIsRefusedWithAJsonErrorAndNoToken(String endpoint, Case defect) {
        HttpResponse<String> response = defect.request().send(uri(endpoint), validParameters(endpoint));

        assertRefusedAsJson(response);
        if (defect.status() != 0) {
            assertEquals(defect.status(), response.statusCode(), response.body());
        }
        if (defect.error() != null) {
            assertEquals(defect.error(), Sts.json(response).getString("error"), response.body());
        }
        if (response.statusCode() == 401) {
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                    "401 from an OAuth endpoint challenges for client authentication");
        }
    }

    static void assertRefusedAsJson(HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status <= 499, () -> "expected a 4xx refusal, got " + status + ": "
                + response.body());
        JsonObject error = Sts.json(response);
        assertTrue(error.containsKey("error"), response.body());
        assertFalse(error.getString("error").isBlank());
        assertFalse(response.body().contains("access_token"), response.body());
        assertFalse(response.body().contains("\"active\""), response.body());
    }

    /**
     * Beyond Liberty's HTTP header limit (32 KiB) the HTTP channel itself answers, before any
     * application code runs: a 400 with an empty body, or a closed connection. Still a refusal,
     * never a token or a 5xx.
     */
    @ParameterizedTest
    @ValueSource(strings = {"token", "introspect", "revoke"})
    void authorizationHeaderOfOneMebibyteIsRefused(String endpoint) {
        HttpResponse<String> response;
        try {
            response = Sts.postForm(uri(endpoint), validParameters(endpoint),
                    "Authorization", "Basic " + "A".repeat(1024 * 1024));
        } catch (java.io.UncheckedIOException closed) {
            // the HTTP channel may also close the connection while the oversized header still arrives
            return;
        }
        int status = response.statusCode();
        assertTrue(status >= 400 && status <= 499, () -> status + " " + response.body());
        assertFalse(response.body().contains("access_token"));
        assertFalse(response.body().contains("\"active\""));
    }

    @Test
    void validRequestsOfTheseShapesSucceed() {
        // the control: without the defect the same requests are served
        assertEquals(200, Sts.postForm(Sts.TOKEN_ENDPOINT, validParameters("token"), "Authorization", validBasic)
                .statusCode());
        assertEquals(200, Sts.postForm(Sts.INTROSPECTION_ENDPOINT, validParameters("introspect"),
                "Authorization", validBasic).statusCode());
        assertEquals(200, Sts.postForm(Sts.TOKEN_ENDPOINT, validParameters("token"),
                "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8", "Authorization", validBasic)
                .statusCode());
    }

    // ---- paths and methods ----

    @ParameterizedTest
    @ValueSource(strings = {"/oauth2/nothing", "/no-such-path", "/oauth2/token/extra", "/api/admin/nothing",
            "/.well-known/nothing"})
    void unknownPathIsAJson404(String path) {
        HttpResponse<String> response = Sts.get(path);
        assertEquals(404, response.statusCode(), response.body());
        assertTrue(Sts.json(response).containsKey("error"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /oauth2/token", "PUT, /oauth2/token", "DELETE, /oauth2/token", "GET, /oauth2/introspect",
            "GET, /oauth2/revoke", "POST, /oauth2/jwks", "DELETE, /oauth2/jwks",
            "POST, /.well-known/openid-configuration", "PATCH, /api/admin/clients"})
    void wrongMethodIsAJson405(String method, String path) {
        HttpResponse<String> response = Sts.send(HttpRequest.newBuilder(Sts.url(path))
                .method(method, HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .header("Content-Type", FORM).header("Authorization", validBasic).build());
        assertEquals(405, response.statusCode(), response.body());
        assertTrue(Sts.json(response).containsKey("error"));
        assertFalse(response.body().contains("access_token"));
    }

    @Test
    void adminApiRefusesANonJsonBodyWithAJsonError() {
        HttpResponse<String> response = Sts.send(HttpRequest.newBuilder(Sts.url("/api/admin/clients"))
                .header("Authorization", "Bearer " + AdminApi.adminToken()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"grantTypes\":[\"client_credentials\"]}"))
                .build());
        assertEquals(415, response.statusCode(), response.body());
        assertTrue(Sts.json(response).containsKey("error"));
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(String prefix, byte[] suffix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(suffix);
        return out.toByteArray();
    }
}

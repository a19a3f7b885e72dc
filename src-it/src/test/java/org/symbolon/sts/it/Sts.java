package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** The server under test as its users see it: its addresses, its admin API and its tokens. */
final class Sts {

    static final String BASE_URL = property("sts.base-url", "http://localhost:19080");
    static final String ISSUER = property("sts.issuer", BASE_URL);
    static final URI TOKEN_ENDPOINT = URI.create(ISSUER + "/oauth2/token");
    static final URI INTROSPECTION_ENDPOINT = URI.create(ISSUER + "/oauth2/introspect");
    static final URI REVOCATION_ENDPOINT = URI.create(ISSUER + "/oauth2/revoke");
    static final URI JWKS_URI = URI.create(ISSUER + "/oauth2/jwks");
    static final String ADMIN_CLIENT_ID = property("sts.admin.client-id", "it-admin");
    static final String ADMIN_CLIENT_SECRET = property("sts.admin.client-secret", "");
    static final String CLIENT_CREDENTIALS = "client_credentials";

    // HTTP/1.1 like the Nimbus client and curl: no h2c upgrade dance that would change how refusals look
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    static {
        awaitReady(Duration.ofSeconds(120));
    }

    private Sts() {
    }

    /**
     * Waits until the server says it is ready with our own checks (database, signing keys) among the
     * answers, so the application is deployed, not just the runtime: after start and restart.
     */
    static void awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("signing-keys")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (java.io.IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Symbolon at " + BASE_URL + " not ready within " + limit + ": " + last);
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static URI url(String path) {
        return URI.create(BASE_URL + path);
    }

    /** A client id no earlier run of these tests can have used. */
    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    // ---- plain HTTP ----

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /**
     * A form POST as any HTTP client could send it; {@code headers} are name, value pairs, and
     * Content-Type is the form's unless given (a null value sends none).
     */
    static HttpResponse<String> postForm(URI endpoint, String body, String... headers) {
        return postBytes(endpoint, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static HttpResponse<String> postBytes(URI endpoint, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) { // a null value leaves the header out
                request.header(headers[i], headers[i + 1]);
            }
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!typed) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return send(request.build());
    }

    static String basicHeader(String clientId, String secret) {
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    static String formValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/json"),
                "expected a JSON response, got Content-Type '" + type + "' and body: " + response.body());
        return json(response.body());
    }

    static JsonArrayBuilder array(String... values) {
        return Json.createArrayBuilder(java.util.List.of(values));
    }

    // ---- OAuth, through the Nimbus client ----

    static ClientSecretBasic basic(String clientId, String secret) {
        return new ClientSecretBasic(new ClientID(clientId), new Secret(secret));
    }

    static ClientSecretPost post(String clientId, String secret) {
        return new ClientSecretPost(new ClientID(clientId), new Secret(secret));
    }

    static TokenRequest.Builder tokenRequest(ClientAuthentication auth) {
        return new TokenRequest.Builder(TOKEN_ENDPOINT, auth, new ClientCredentialsGrant());
    }

    static HTTPResponse sendNimbus(com.nimbusds.oauth2.sdk.Request request) {
        try {
            return request.toHTTPRequest().send();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static TokenResponse parseTokenResponse(HTTPResponse http) {
        try {
            return TokenResponse.parse(http);
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new AssertionError("unparseable token response " + http.getStatusCode() + ": " + http.getBody(), e);
        }
    }

    /** A token the server must issue: fails the test with the server's error otherwise. */
    static AccessTokenResponse token(ClientAuthentication auth, String scope) {
        TokenRequest.Builder request = tokenRequest(auth);
        if (scope != null) {
            request.scope(Scope.parse(scope));
        }
        return issued(sendNimbus(request.build()));
    }

    static AccessTokenResponse issued(HTTPResponse http) {
        TokenResponse response = parseTokenResponse(http);
        assertTrue(response.indicatesSuccess(), () -> "expected a token, got " + http.getStatusCode() + " "
                + http.getBody());
        return response.toSuccessResponse();
    }

    static String accessToken(ClientAuthentication auth) {
        return token(auth, null).getTokens().getAccessToken().getValue();
    }

    static TokenIntrospectionResponse introspect(ClientAuthentication caller, String token) {
        HTTPResponse http = sendNimbus(new TokenIntrospectionRequest(INTROSPECTION_ENDPOINT, caller,
                new BearerAccessToken(token)));
        try {
            return TokenIntrospectionResponse.parse(http);
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new AssertionError("unparseable introspection response " + http.getStatusCode() + ": "
                    + http.getBody(), e);
        }
    }

    static boolean isActive(ClientAuthentication caller, String token) {
        TokenIntrospectionResponse response = introspect(caller, token);
        assertTrue(response.indicatesSuccess(), () -> "introspection failed: "
                + response.toErrorResponse().getErrorObject());
        TokenIntrospectionSuccessResponse success = response.toSuccessResponse();
        return success.isActive();
    }

    /**
     * Verifies an access token the way a resource server would, independently of the server:
     * signature by a key of the published JWKS, typ at+jwt, our issuer and the RFC 9068 claims.
     */
    static JWTClaimsSet verifyAccessToken(String token) throws Exception {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                new ImmutableJWKSet<>(publishedKeys())));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(ISSUER).build(),
                Set.of("sub", "aud", "exp", "iat", "jti", "client_id")));
        return processor.process(token, null);
    }

    static JWKSet publishedKeys() throws Exception {
        URL url = JWKS_URI.toURL();
        return JWKSet.load(url, 10_000, 10_000, 1_000_000);
    }

    // ---- the admin API ----

    /** A fresh token of the bootstrap admin client: exactly scope sts:admin, audience the issuer. */
    static String adminToken() {
        return accessToken(basic(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET));
    }

    static HttpResponse<String> admin(String method, String path, String jsonBody) {
        return admin(method, path, jsonBody, adminToken());
    }

    static HttpResponse<String> admin(String method, String path, String jsonBody, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    /** A registered client and the secret shown once at registration (null for a private_key_jwt client). */
    record Client(String id, String secret, JsonObject registration) {

        ClientSecretBasic basic() {
            return Sts.basic(id, secret);
        }

        ClientSecretPost post() {
            return Sts.post(id, secret);
        }
    }

    /**
     * Registers a client allowed the client_credentials grant, with a unique id and scope
     * {@code orders.read}; {@code fields} adds or replaces registration fields.
     */
    static Client register(Consumer<JsonObjectBuilder> fields) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("clientId", uniqueId("it"))
                .add("name", "Integration test client")
                .add("grantTypes", array(CLIENT_CREDENTIALS))
                .add("scopes", array("orders.read"));
        fields.accept(body);
        HttpResponse<String> response = admin("POST", "/api/admin/clients", body.build().toString());
        assertEquals(201, response.statusCode(), () -> "registration refused: " + response.body());
        JsonObject created = json(response);
        String secret = created.containsKey("clientSecret") ? created.getString("clientSecret") : null;
        assertNotNull(created.getString("clientId"));
        return new Client(created.getString("clientId"), secret, created);
    }

    /** The fields a registration may carry (and a GET shows): the rest are the server's own. */
    static final Set<String> WRITABLE_FIELDS = Set.of("clientId", "name", "grantTypes", "scopes", "audiences",
            "redirectUris", "accessTokenLifetime", "signingAlg", "jwks", "enabled");

    /** PUT of the client's current settings with {@code changes} applied. */
    static HttpResponse<String> update(String clientId, Consumer<JsonObjectBuilder> changes) {
        HttpResponse<String> current = admin("GET", "/api/admin/clients/" + clientId, null);
        assertEquals(200, current.statusCode(), current::body);
        JsonObjectBuilder body = Json.createObjectBuilder();
        json(current).forEach((name, value) -> {
            if (WRITABLE_FIELDS.contains(name)) {
                body.add(name, value);
            }
        });
        changes.accept(body);
        return admin("PUT", "/api/admin/clients/" + clientId, body.build().toString());
    }

    static Client register() {
        return register(fields -> {
        });
    }
}

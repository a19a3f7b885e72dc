package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/** Symbolon's admin API as an operator's script uses it: bearer token of the bootstrap admin client. */
final class AdminApi {

    private AdminApi() {
    }


    /** A fresh token of the bootstrap admin client: exactly scope sts:admin, audience the issuer. */
    static String adminToken() {
        return OAuthClient.accessToken(OAuthClient.basic(Sts.ADMIN_CLIENT_ID, Sts.ADMIN_CLIENT_SECRET));
    }

    static HttpResponse<String> admin(String method, String path, String jsonBody) {
        return admin(method, path, jsonBody, adminToken());
    }

    static HttpResponse<String> admin(String method, String path, String jsonBody, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Sts.url(path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return Sts.send(request.build());
    }

    /**
     * Registers a client allowed the client_credentials grant, with a unique id and scope
     * {@code orders.read}; {@code fields} adds or replaces registration fields.
     */
    static RegisteredClient register(Consumer<JsonObjectBuilder> fields) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("clientId", Sts.uniqueId("it"))
                .add("name", "Integration test client")
                .add("grantTypes", Sts.array(Sts.CLIENT_CREDENTIALS))
                .add("scopes", Sts.array("orders.read"));
        fields.accept(body);
        HttpResponse<String> response = admin("POST", "/api/admin/clients", body.build().toString());
        assertEquals(201, response.statusCode(), () -> "registration refused: " + response.body());
        JsonObject created = Sts.json(response);
        String secret = created.containsKey("clientSecret") ? created.getString("clientSecret") : null;
        assertNotNull(created.getString("clientId"));
        return new RegisteredClient(created.getString("clientId"), secret, created);
    }

    /** The fields a registration may carry (and a GET shows): the rest are the server's own. */
    static final Set<String> WRITABLE_FIELDS = Set.of("clientId", "name", "grantTypes", "scopes", "audiences",
            "redirectUris", "accessTokenLifetime", "signingAlg", "jwks", "trustedIssuers", "tokenTypes", "allowedActors",
            "impersonation", "saml", "outgoingRules", "enabled", "tokenEndpointAuthMethod", "requirePkce", "subjectType",
            "sectorIdentifier", "postLogoutRedirectUris", "idTokenSigningAlg", "refreshTokenLifetime");

    /** PUT of the client's current settings with {@code changes} applied. */
    static HttpResponse<String> update(String clientId, Consumer<JsonObjectBuilder> changes) {
        HttpResponse<String> current = admin("GET", "/api/admin/clients/" + clientId, null);
        assertEquals(200, current.statusCode(), current::body);
        JsonObjectBuilder body = Json.createObjectBuilder();
        Sts.json(current).forEach((name, value) -> {
            if (WRITABLE_FIELDS.contains(name)) {
                body.add(name, value);
            }
        });
        changes.accept(body);
        return admin("PUT", "/api/admin/clients/" + clientId, body.build().toString());
    }

    static RegisteredClient register() {
        return register(fields -> {
        });
    }
}

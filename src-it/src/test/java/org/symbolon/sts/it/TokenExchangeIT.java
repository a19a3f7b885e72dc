package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.token.TokenTypeURI;
import com.nimbusds.oauth2.sdk.token.TypelessToken;
import com.nimbusds.oauth2.sdk.tokenexchange.TokenExchangeGrant;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 8693 token exchange through the real token endpoint, with the Nimbus OAuth SDK as the client. */
class TokenExchangeIT {

    static final String EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
    static final String API = "https://api.example.com/orders";

    @Test
    void partnerJwtIsExchangedForOurAccessTokenWithANamespacedSubject() throws Exception {
        Partner partner = new Partner().register();
        RegisteredClient client = exchanger(partner, "orders.read");
        String subjectToken = partner.token("alice", c -> c.claim("scope", "orders.read orders.write"));
        JsonObject response = exchange(client.basic(), subjectToken, Partner.TokenTypes.JWT, null, null);

        assertEquals(Partner.TokenTypes.ACCESS_TOKEN, response.getString("issued_token_type"));
        assertEquals("Bearer", response.getString("token_type"));
        assertEquals("orders.read", response.getString("scope"), "never wider than the client's policy");
        JWTClaimsSet issued = OAuthClient.verifyAccessToken(response.getString("access_token"));
        assertEquals(partner.id + ":alice", issued.getSubject(), "partner subjects are namespaced by issuer");
        assertEquals(List.of(API), issued.getAudience());
        assertEquals(Map.of("sub", client.id()), issued.getJSONObjectClaim("act"));
        assertTrue(issued.getExpirationTime().getTime() <= System.currentTimeMillis() + 300_000 + 1_000);
    }

    @Test
    void everyExchangeReachesTheAuditTrailWithItsDetails() throws Exception {
        Partner partner = new Partner().register();
        RegisteredClient client = exchanger(partner, "orders.read");
        String username = Sts.uniqueId("erin");
        String subject = partner.id + ":" + username;
        for (int i = 0; i < 3; i++) {
            exchange(client.basic(), partner.token(username, c -> { }), Partner.TokenTypes.JWT, null, null);
        }

        // written after the responses, in batches, by the audit flusher (every half second)
        List<JsonObject> events = List.of();
        long deadline = System.currentTimeMillis() + 10_000;
        while (events.size() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            HttpResponse<String> trail = AdminApi.admin("GET", "/api/admin/audit?target=" + Sts.formValue(subject), null);
            assertEquals(200, trail.statusCode(), trail::body);
            events = Sts.json(trail).getJsonArray("events").getValuesAs(JsonObject.class);
        }
        assertEquals(3, events.size(), () -> "audit events for " + subject);
        for (JsonObject event : events) {
            assertEquals("token.exchange", event.getString("action"));
            assertEquals(client.id(), event.getString("actor"));
            assertEquals("success", event.getString("outcome"));
            JsonObject details = event.getJsonObject("after");
            assertEquals(subject, details.getString("subject"));
            assertEquals(partner.issuer, details.getString("sourceIssuer"));
            assertEquals(Partner.TokenTypes.JWT, details.getString("subjectTokenType"));
        }
        assertTrue(events.get(0).getString("occurredAt").compareTo(events.get(2).getString("occurredAt")) >= 0,
                "newest first");
    }

    @Test
    void issuedTokenNeverOutlivesTheSubjectToken() throws Exception {
        Partner partner = new Partner().register();
        RegisteredClient client = exchanger(partner, "orders.read");
        Date soon = new Date(System.currentTimeMillis() + 45_000);
        JsonObject response = exchange(client.basic(), partner.token("bob", c -> c.expirationTime(soon)),
                Partner.TokenTypes.JWT, null, null);
        assertTrue(response.getInt("expires_in") <= 45);
        JWTClaimsSet issued = OAuthClient.verifyAccessToken(response.getString("access_token"));
        assertTrue(issued.getExpirationTime().getTime() <= soon.getTime());
    }

    @Test
    void partnerKeysComeFromItsJwksUrlAndARotatedKeyIsFetched() throws Exception {
        Partner partner = new Partner();
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/jwks", exchange -> {
            byte[] body = partner.publicJwks().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        try {
            String url = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks";
            partner.register(fields -> fields.addNull("jwks").add("jwksUri", url));
            RegisteredClient client = exchanger(partner, "orders.read");
            assertEquals(200, rawExchange(client, partner.token("carol", c -> { }), Partner.TokenTypes.JWT)
                    .getStatusCode());

            partner.key = Partner.newKey();
            Thread.sleep(2_500); // the server re-fetches a JWKS for an unknown kid at most every 2 s here
            HTTPResponse afterRotation = rawExchange(client, partner.token("carol", c -> { }), Partner.TokenTypes.JWT);
            assertEquals(200, afterRotation.getStatusCode(), afterRotation::getBody);
        } finally {
            jwks.stop(0);
        }
    }

    @Test
    void ourAccessTokenIsExchangedAlongAChainWithNestedActorsAndRevocationCascades() throws Exception {
        RegisteredClient gateway = AdminApi.register(f -> f.add("grantTypes", Sts.array(EXCHANGE))
                .add("scopes", Sts.array("orders.read")).add("audiences", Sts.array("backend-" + Sts.uniqueId("x"))));
        String backendId = gateway.registration().getJsonArray("audiences").getString(0);
        RegisteredClient backend = AdminApi.register(f -> f.add("clientId", backendId).add("grantTypes", Sts.array(EXCHANGE))
                .add("scopes", Sts.array("orders.read")).add("audiences", Sts.array(API)));
        RegisteredClient caller = AdminApi.register(f -> f.add("scopes", Sts.array("orders.read"))
                .add("audiences", Sts.array(gateway.id())));
        String original = OAuthClient.accessToken(caller.basic());

        String first = exchange(gateway.basic(), original, Partner.TokenTypes.ACCESS_TOKEN, null, backendId)
                .getString("access_token");
        JWTClaimsSet firstClaims = OAuthClient.verifyAccessToken(first);
        assertEquals(caller.id(), firstClaims.getSubject());
        assertEquals(Map.of("sub", gateway.id()), firstClaims.getJSONObjectClaim("act"));

        String second = exchange(backend.basic(), first, Partner.TokenTypes.ACCESS_TOKEN, null, API)
                .getString("access_token");
        Map<String, Object> act = OAuthClient.verifyAccessToken(second).getJSONObjectClaim("act");
        assertEquals(backend.id(), act.get("sub"));
        assertEquals(Map.of("sub", gateway.id()), act.get("act"), "earlier actors nest (RFC 8693 section 4.1)");
        assertTrue(OAuthClient.isActive(backend.basic(), second));

        Sts.postForm(Sts.REVOCATION_ENDPOINT, "token=" + Sts.formValue(original),
                "Authorization", Sts.basicHeader(caller.id(), caller.secret()));
        assertFalse(OAuthClient.isActive(gateway.basic(), first), "revoking a token revokes what was exchanged from it");
        assertFalse(OAuthClient.isActive(backend.basic(), second));
    }

    @Test
    void anActorNamedByMayActIsAcceptedAndAnotherIsRefused() throws Exception {
        Partner partner = new Partner().register();
        RegisteredClient client = exchanger(partner, "orders.read");
        RegisteredClient namedActor = AdminApi.register();
        RegisteredClient otherActor = AdminApi.register();
        String subject = partner.token("dave", c -> c.claim("may_act",
                Map.of("sub", namedActor.id(), "iss", Sts.ISSUER)));

        JsonObject accepted = exchange(client.basic(), subject, Partner.TokenTypes.JWT,
                OAuthClient.accessToken(namedActor.basic()), API);
        assertEquals(Map.of("sub", namedActor.id()),
                OAuthClient.verifyAccessToken(accepted.getString("access_token")).getJSONObjectClaim("act"));

        HTTPResponse refused = send(client.basic(), new TokenExchangeGrant(new TypelessToken(subject),
                TokenTypeURI.parse(Partner.TokenTypes.JWT),
                new TypelessToken(OAuthClient.accessToken(otherActor.basic())), TokenTypeURI.ACCESS_TOKEN, null, null));
        assertRefused(refused, "invalid_request");
    }

    @Test
    void theGenericJwtTokenTypeIsIssuedAsNotAnAccessTokenAndIntrospects() throws Exception {
        Partner partner = new Partner().register();
        RegisteredClient client = exchanger(partner, "orders.read",
                f -> f.add("tokenTypes", Sts.array(Partner.TokenTypes.ACCESS_TOKEN, Partner.TokenTypes.JWT)));
        HTTPResponse http = send(client.basic(), new TokenExchangeGrant(new TypelessToken(partner.token("erin", c -> { })),
                TokenTypeURI.parse(Partner.TokenTypes.JWT), null, null,
                TokenTypeURI.parse(Partner.TokenTypes.JWT), null));
        assertEquals(200, http.getStatusCode(), http::getBody);
        JsonObject response = Sts.json(http.getBody());
        assertEquals(Partner.TokenTypes.JWT, response.getString("issued_token_type"));
        assertEquals("N_A", response.getString("token_type"));
        assertTrue(OAuthClient.isActive(client.basic(), response.getString("access_token")));
    }

    // ---- helpers ----

    static RegisteredClient exchanger(Partner partner, String scope) {
        return exchanger(partner, scope, f -> { });
    }

    static RegisteredClient exchanger(Partner partner, String scope, java.util.function.Consumer<jakarta.json.JsonObjectBuilder> more) {
        return AdminApi.register(f -> {
            f.add("grantTypes", Sts.array(EXCHANGE)).add("scopes", Sts.array(scope))
                    .add("audiences", Sts.array(API)).add("trustedIssuers", Sts.array(partner.id));
            more.accept(f);
        });
    }

    static JsonObject exchange(ClientAuthentication auth, String subjectToken, String subjectType, String actorToken,
            String audience) throws Exception {
        HTTPResponse http = send(auth, new TokenExchangeGrant(new TypelessToken(subjectToken),
                TokenTypeURI.parse(subjectType),
                actorToken == null ? null : new TypelessToken(actorToken),
                actorToken == null ? null : TokenTypeURI.ACCESS_TOKEN, null,
                audience == null ? null : List.of(new Audience(audience))));
        assertEquals(200, http.getStatusCode(), http::getBody);
        return Sts.json(http.getBody());
    }

    static HTTPResponse rawExchange(RegisteredClient client, String subjectToken, String subjectType) throws Exception {
        return send(client.basic(), new TokenExchangeGrant(new TypelessToken(subjectToken),
                TokenTypeURI.parse(subjectType)));
    }

    static HTTPResponse send(ClientAuthentication auth, TokenExchangeGrant grant) {
        return OAuthClient.send(new TokenRequest(Sts.TOKEN_ENDPOINT, auth, grant));
    }

    static void assertRefused(HTTPResponse response, String error) {
        assertEquals(400, response.getStatusCode(), response::getBody);
        JsonObject body = Sts.json(response.getBody());
        assertEquals(error, body.getString("error"), response::getBody);
        assertNull(body.get("access_token"));
    }
}

package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Claims rules end to end: a partner's incoming rules and a client's outgoing rules reshape what
 * the exchange issues, as a JWT and as a SAML assertion; the preview shows the same; bad rules are
 * refused on save, naming the field.
 */
class ClaimsRulesIT {

    private static final String INCOMING = """
            [{"kind": "map", "claim": "groups", "target": "role", "values": {"acme-buyers": "buyer"}},
             {"kind": "rename", "claim": "mail", "target": "email"},
             {"kind": "constant", "claim": "tenant", "value": "acme"}]""";
    private static final String OUTGOING = """
            [{"kind": "copy", "claim": "email", "target": "email"},
             {"kind": "regex", "claim": "email", "pattern": "@acme\\\\.example$", "replacement": "@partner.example",
              "target": "upn"},
             {"kind": "drop", "claim": "groups"}]""";

    private final Partner partner = new Partner().register(f -> f.add("incomingRules", json(INCOMING)));
    private final RegisteredClient client = AdminApi.register(f -> f
            .add("grantTypes", Sts.array(TokenExchangeIT.EXCHANGE))
            .add("scopes", Sts.array("orders.read"))
            .add("audiences", Sts.array(TokenExchangeSamlIT.SP, TokenExchangeIT.API))
            .add("trustedIssuers", Sts.array(partner.id))
            .add("tokenTypes", Sts.array(Partner.TokenTypes.ACCESS_TOKEN, Partner.TokenTypes.SAML2))
            .add("saml", Json.createObjectBuilder().add("entityId", TokenExchangeSamlIT.SP)
                    .add("attributes", Sts.array("role", "tenant", "upn", "groups")))
            .add("outgoingRules", json(OUTGOING)));

    private String aliceToken() {
        return partner.token("alice", c -> c.claim("groups", List.of("acme-buyers", "staff"))
                .claim("mail", "alice@acme.example"));
    }

    @Test
    void exchangedAccessTokenCarriesTheTransformedClaims() throws Exception {
        JsonObject response = TokenExchangeIT.exchange(client.basic(), aliceToken(), Partner.TokenTypes.JWT, null,
                TokenExchangeIT.API);
        JWTClaimsSet claims = SignedJWT.parse(response.getString("access_token")).getJWTClaimsSet();
        assertEquals(List.of("buyer"), claims.getStringListClaim("role"));
        assertEquals("acme", claims.getStringClaim("tenant"));
        assertEquals("alice@acme.example", claims.getStringClaim("email"));
        assertEquals("alice@partner.example", claims.getStringClaim("upn"));
        assertNull(claims.getClaim("groups"), "dropped by the client's rule");
        assertNull(claims.getClaim("mail"), "renamed by the partner's rule");
        assertEquals(partner.id + ":alice", claims.getSubject(), "rules never touch the subject");
        assertEquals(Sts.ISSUER, claims.getIssuer());
    }

    @Test
    void ourOwnTokenAsSubjectGetsOnlyTheClientsOutgoingRules() throws Exception {
        String first = TokenExchangeIT.exchange(client.basic(), aliceToken(), Partner.TokenTypes.JWT, null,
                TokenExchangeIT.API).getString("access_token");
        JsonObject response = TokenExchangeIT.exchange(client.basic(), first, Partner.TokenTypes.ACCESS_TOKEN, null,
                TokenExchangeIT.API);
        JWTClaimsSet claims = SignedJWT.parse(response.getString("access_token")).getJWTClaimsSet();
        assertEquals("alice@acme.example", claims.getStringClaim("email"), "outgoing copy rule");
        assertEquals("alice@partner.example", claims.getStringClaim("upn"), "outgoing regex rule");
        assertNull(claims.getClaim("tenant"), "the partner's incoming rules do not run on our own token");
    }

    @Test
    void samlAssertionAttributesComeFromTheTransformedClaims() throws Exception {
        Document assertion = TokenExchangeSamlIT.parse(TokenExchangeSamlIT.exchangeForAssertion(client, aliceToken()));
        assertEquals(List.of("buyer"), TokenExchangeSamlIT.attributeValues(assertion, "role"));
        assertEquals(List.of("acme"), TokenExchangeSamlIT.attributeValues(assertion, "tenant"));
        assertEquals(List.of("alice@partner.example"), TokenExchangeSamlIT.attributeValues(assertion, "upn"));
        assertEquals(List.of(), TokenExchangeSamlIT.attributeValues(assertion, "groups"));
    }

    @Test
    void previewOfATokenShowsTheSameClaimsAndWhichRuleProducedEach() {
        JsonObject preview = preview(Json.createObjectBuilder().add("token", aliceToken())
                .add("clientId", client.id()).build());
        JsonObject claims = preview.getJsonObject("claims");
        assertEquals(List.of("buyer"), strings(claims.getJsonArray("role")));
        assertEquals("acme", claims.getString("tenant"));
        assertEquals("alice@partner.example", claims.getString("upn"));
        assertFalse(claims.containsKey("groups"));
        JsonObject producedBy = preview.getJsonObject("producedBy");
        assertEquals("incoming rule #1 (map)", producedBy.getString("role"));
        assertEquals("incoming rule #3 (constant)", producedBy.getString("tenant"));
        assertEquals("outgoing rule #1 (copy)", producedBy.getString("email"));
        assertEquals("outgoing rule #2 (regex)", producedBy.getString("upn"));
        assertEquals("input", producedBy.getString("sub"));
    }

    @Test
    void previewOfClaimsRunsTheNamedPartnersRules() {
        JsonObject preview = preview(Json.createObjectBuilder().add("issuerId", partner.id)
                .add("claims", Json.createObjectBuilder().add("groups", Sts.array("acme-buyers"))).build());
        assertEquals(List.of("buyer"), strings(preview.getJsonObject("claims").getJsonArray("role")));
        assertEquals("input", preview.getJsonObject("producedBy").getString("groups"));
    }

    @Test
    void previewOfAnExpiredTokenIsRefusedWithTheReason() {
        String expired = partner.token("alice", c -> c.expirationTime(new java.util.Date(System.currentTimeMillis()
                - 600_000)));
        HttpResponse<String> response = AdminApi.admin("POST", "/api/admin/claims/preview",
                Json.createObjectBuilder().add("token", expired).build().toString());
        assertEquals(400, response.statusCode(), response::body);
        assertEquals("invalid_request", Sts.json(response).getString("error"));
        assertTrue(Sts.json(response).getString("error_description").contains("token"), response::body);
    }

    @Test
    void invalidRegexIsRefusedNamingTheField() {
        assertRuleRefused(AdminApi.update(client.id(), f -> f.add("outgoingRules", json(
                "[{\"kind\": \"regex\", \"claim\": \"email\", \"pattern\": \"(unclosed\", \"replacement\": \"\"}]"))),
                "outgoingRules[0].pattern");
    }

    @Test
    void ruleSettingAProtectedClaimIsRefused() {
        HttpResponse<String> response = AdminApi.admin("PUT", "/api/admin/issuers/" + partner.id,
                Json.createObjectBuilder().add("issuer", partner.issuer).add("name", "Partner")
                        .add("jwks", json(partner.publicJwks()))
                        .add("tokenTypes", Sts.array(Partner.TokenTypes.JWT))
                        .add("incomingRules", json("[{\"kind\": \"constant\", \"claim\": \"sub\", \"value\": \"root\"}]"))
                        .build().toString());
        assertRuleRefused(response, "incomingRules[0].claim");
    }

    @Test
    void unknownRuleKindIsRefused() {
        assertRuleRefused(AdminApi.update(client.id(), f -> f.add("outgoingRules", json(
                "[{\"kind\": \"drop\", \"claim\": \"x\"}, {\"kind\": \"script\", \"claim\": \"x\"}]"))),
                "outgoingRules[1].kind");
    }

    private static void assertRuleRefused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response::body);
        assertEquals("invalid_request", Sts.json(response).getString("error"));
        assertEquals(field, Sts.json(response).getString("field"), response::body);
    }

    private static JsonObject preview(JsonObject request) {
        HttpResponse<String> response = AdminApi.admin("POST", "/api/admin/claims/preview", request.toString());
        assertEquals(200, response.statusCode(), response::body);
        return Sts.json(response);
    }

    private static jakarta.json.JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }
}

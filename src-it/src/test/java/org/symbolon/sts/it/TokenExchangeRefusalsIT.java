package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symbolon.sts.it.TokenExchangeIT.assertRefused;
import static org.symbolon.sts.it.TokenExchangeIT.exchanger;
import static org.symbolon.sts.it.TokenExchangeIT.rawExchange;
import static org.symbolon.sts.it.TokenExchangeIT.send;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.token.TokenTypeURI;
import com.nimbusds.oauth2.sdk.token.TypelessToken;
import com.nimbusds.oauth2.sdk.tokenexchange.TokenExchangeGrant;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every hostile or wrong exchange is refused with an RFC 8693 / RFC 6749 error, never a token. */
class TokenExchangeRefusalsIT {

    private final Partner partner = new Partner().register();
    private final RegisteredClient client = exchanger(partner, "orders.read");

    @Test
    void tokenFromAnUntrustedIssuerIsRefused() throws Exception {
        Partner stranger = new Partner();
        assertRefused(rawExchange(client, stranger.token("mallory", c -> { }), Partner.TokenTypes.JWT),
                "invalid_request");
    }

    @Test
    void tokenFromARegisteredIssuerThisClientDoesNotTrustIsRefused() throws Exception {
        Partner other = new Partner().register();
        assertRefused(rawExchange(client, other.token("mallory", c -> { }), Partner.TokenTypes.JWT),
                "invalid_request");
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() throws Exception {
        JWTClaimsSet claims = partner.claimsFor("mallory", c -> { });
        String forged = Partner.sign(JOSEObjectType.JWT, Partner.newKey(), claims);
        assertRefused(rawExchange(client, forged, Partner.TokenTypes.JWT), "invalid_request");
    }

    @Test
    void unsignedTokenIsRefused() throws Exception {
        String none = new PlainJWT(new PlainHeader(), partner.claimsFor("mallory", c -> { })).serialize();
        assertRefused(rawExchange(client, none, Partner.TokenTypes.JWT), "invalid_request");
    }

    @Test
    void hmacTokenKeyedWithThePartnersPublicKeyIsRefused() throws Exception {
        byte[] publicKey = partner.key.toRSAPublicKey().getEncoded();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(partner.key.getKeyID()).build(),
                partner.claimsFor("mallory", c -> { }));
        jwt.sign(new MACSigner(publicKey));
        assertRefused(rawExchange(client, jwt.serialize(), Partner.TokenTypes.JWT), "invalid_request");
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        Date past = new Date(System.currentTimeMillis() - 120_000);
        assertRefused(rawExchange(client, partner.token("alice", c -> c.expirationTime(past)), Partner.TokenTypes.JWT),
                "invalid_request");
    }

    @Test
    void tokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused(rawExchange(client, partner.token("alice", c -> c.audience("https://elsewhere.example")),
                Partner.TokenTypes.JWT), "invalid_request");
    }

    @Test
    void targetOutsideTheClientsAudiencesIsInvalidTarget() throws Exception {
        TokenExchangeGrant grant = new TokenExchangeGrant(new TypelessToken(partner.token("alice", c -> { })),
                TokenTypeURI.parse(Partner.TokenTypes.JWT), null, null, null,
                List.of(new Audience("https://not-allowed.example")));
        assertRefused(send(client.basic(), grant), "invalid_target");
    }

    @Test
    void scopeWiderThanTheSubjectTokenIsInvalidScope() throws Exception {
        RegisteredClient wide = exchanger(partner, "orders.read", f -> f.add("scopes", Sts.array("orders.read", "orders.write")));
        TokenExchangeGrant grant = new TokenExchangeGrant(new TypelessToken(partner.token("alice",
                c -> c.claim("scope", "orders.read"))), TokenTypeURI.parse(Partner.TokenTypes.JWT));
        assertRefused(OAuthClient.send(new TokenRequest(Sts.TOKEN_ENDPOINT, wide.basic(), grant,
                new Scope("orders.read", "orders.write"))), "invalid_scope");
    }

    @Test
    void disabledIssuerIsRefused() throws Exception {
        Partner disabled = new Partner().register(f -> f.add("enabled", false));
        RegisteredClient trusting = exchanger(disabled, "orders.read");
        assertRefused(rawExchange(trusting, disabled.token("alice", c -> { }), Partner.TokenTypes.JWT),
                "invalid_request");
    }

    @Test
    void tokenTypeThatDoesNotMatchTheTokenIsRefused() throws Exception {
        assertRefused(rawExchange(client, partner.token("alice", c -> { }), Partner.TokenTypes.ACCESS_TOKEN),
                "invalid_request");
        assertRefused(rawExchange(client, partner.accessToken("alice", c -> { }), Partner.TokenTypes.ID_TOKEN),
                "invalid_request");
        assertRefused(rawExchange(client, partner.token("alice", c -> { }), Partner.TokenTypes.SAML2),
                "invalid_request");
    }

    @Test
    void unsupportedRequestedTokenTypeIsInvalidRequest() throws Exception {
        TokenExchangeGrant grant = new TokenExchangeGrant(new TypelessToken(partner.token("alice", c -> { })),
                TokenTypeURI.parse(Partner.TokenTypes.JWT), null, null,
                TokenTypeURI.parse("urn:example:unknown"), null);
        assertRefused(send(client.basic(), grant), "invalid_request");
    }

    @Test
    void garbageSubjectTokensAreRefused() throws Exception {
        for (String garbage : List.of("not-a-token", "a.b.c", "eyJhbGciOiJub25lIn0.e30.", "x".repeat(20_000))) {
            assertRefused(rawExchange(client, garbage, Partner.TokenTypes.JWT), "invalid_request");
        }
    }

    @Test
    void clientWithoutTheExchangeGrantIsRefused() throws Exception {
        RegisteredClient plain = AdminApi.register(f -> f.add("trustedIssuers", Sts.array(partner.id)));
        assertRefused(rawExchange(plain, partner.token("alice", c -> { }), Partner.TokenTypes.JWT),
                "unauthorized_client");
    }

    @Test
    void ourTokenIssuedForSomeoneElseCannotBeExchanged() throws Exception {
        RegisteredClient owner = AdminApi.register();
        String foreign = OAuthClient.accessToken(owner.basic());
        assertRefused(rawExchange(client, foreign, Partner.TokenTypes.ACCESS_TOKEN), "invalid_request");
    }

    @Test
    void partnerRegistrationRefusesWeakOrAmbiguousKeys() {
        Partner bad = new Partner();
        HttpResponse<String> hmac = AdminApi.admin("POST", "/api/admin/issuers", "{\"issuerId\":\"" + bad.id
                + "\",\"issuer\":\"" + bad.issuer + "\",\"name\":\"x\",\"jwks\":" + bad.publicJwks()
                + ",\"algorithms\":[\"HS256\"]}");
        assertEquals(400, hmac.statusCode(), hmac::body);
        assertEquals("algorithms", Sts.json(hmac).getString("field"));
        HttpResponse<String> both = AdminApi.admin("POST", "/api/admin/issuers", "{\"issuerId\":\"" + bad.id
                + "\",\"issuer\":\"" + bad.issuer + "\",\"name\":\"x\",\"jwks\":" + bad.publicJwks()
                + ",\"jwksUri\":\"https://idp.example/jwks\"}");
        assertEquals(400, both.statusCode(), both::body);
        HttpResponse<String> privateKey = AdminApi.admin("POST", "/api/admin/issuers", "{\"issuerId\":\"" + bad.id
                + "\",\"issuer\":\"" + bad.issuer + "\",\"name\":\"x\",\"jwks\":{\"keys\":[" + bad.key.toJSONString()
                + "]}}");
        assertEquals(400, privateKey.statusCode(), privateKey::body);
        assertEquals("jwks", Sts.json(privateKey).getString("field"));
    }
}

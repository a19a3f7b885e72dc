package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.symbolon.sts.it.TokenExchangeIT.assertRefused;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.JWTBearerGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** RFC 7523 section 2.1: a trusted partner's JWT as an authorization grant, through the Nimbus SDK. */
class JwtBearerIT {

    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final Partner partner = new Partner().register();
    private final RegisteredClient client = AdminApi.register(f -> f.add("grantTypes", Sts.array(JWT_BEARER))
            .add("scopes", Sts.array("orders.read")).add("audiences", Sts.array(TokenExchangeIT.API))
            .add("trustedIssuers", Sts.array(partner.id)));

    @Test
    void partnerAssertionAddressedToOurTokenEndpointIsExchangedForAnAccessToken() throws Exception {
        String assertion = partner.token("alice", c -> c.audience(Sts.TOKEN_ENDPOINT.toString())
                .claim("scope", "orders.read"));
        HTTPResponse http = grant(assertion);
        String token = OAuthClient.issued(http).getTokens().getAccessToken().getValue();
        JWTClaimsSet claims = OAuthClient.verifyAccessToken(token);
        assertEquals(partner.id + ":alice", claims.getSubject());
        assertEquals(client.id(), claims.getStringClaim("client_id"));
        assertEquals("orders.read", claims.getStringClaim("scope"));
        assertNull(claims.getClaim("act"), "an authorization grant: the client acts with the user's grant");
    }

    @Test
    void anAssertionIsAcceptedOnce() throws Exception {
        String assertion = partner.token("bob", c -> { });
        assertEquals(200, grant(assertion).getStatusCode());
        assertRefused(grant(assertion), "invalid_grant");
    }

    @Test
    void assertionsThatDoNotCheckOutAreInvalidGrant() throws Exception {
        Date past = new Date(System.currentTimeMillis() - 120_000);
        assertRefused(grant(partner.token("carol", c -> c.expirationTime(past))), "invalid_grant");
        assertRefused(grant(new Partner().token("carol", c -> { })), "invalid_grant");
        assertRefused(grant(partner.token("carol", c -> c.audience("https://elsewhere.example"))), "invalid_grant");
        JWTClaimsSet claims = partner.claimsFor("carol", c -> { });
        assertRefused(grant(Partner.sign(com.nimbusds.jose.JOSEObjectType.JWT, Partner.newKey(), claims)),
                "invalid_grant");
    }

    private HTTPResponse grant(String assertion) throws Exception {
        return OAuthClient.send(new TokenRequest(Sts.TOKEN_ENDPOINT, client.basic(),
                new JWTBearerGrant(SignedJWT.parse(assertion))));
    }
}

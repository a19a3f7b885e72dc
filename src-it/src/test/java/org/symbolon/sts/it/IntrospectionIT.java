package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.Subject;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7662: a resource server asks whether a token is good; anything but a live token of ours is inactive. */
class IntrospectionIT {

    private static final String ORDERS_API = "https://orders.example.test/api";

    private static RegisteredClient issuer;
    private static RegisteredClient resourceServer;

    @BeforeAll
    static void registerClients() {
        issuer = AdminApi.register(c -> c.add("signingAlg", "RS256")
                .add("scopes", Sts.array("orders.read", "orders.write"))
                .add("audiences", Sts.array(ORDERS_API)));
        resourceServer = AdminApi.register(c -> c.add("scopes", Sts.array()));
    }

    private static TokenIntrospectionSuccessResponse introspect(RegisteredClient caller, String token) {
        TokenIntrospectionResponse response = OAuthClient.introspect(caller.basic(), token);
        assertTrue(response.indicatesSuccess(), () -> response.toErrorResponse().getErrorObject().toString());
        return response.toSuccessResponse();
    }

    @Test
    void freshTokenIsActiveWithItsClaimsForTheClientItWasIssuedTo() throws Exception {
        String token = OAuthClient.token(issuer.basic(), "orders.read").getTokens().getAccessToken().getValue();
        JWTClaimsSet claims = OAuthClient.verifyAccessToken(token);

        TokenIntrospectionSuccessResponse response = introspect(issuer, token);

        assertTrue(response.isActive());
        assertEquals(Scope.parse("orders.read"), response.getScope());
        assertEquals(new ClientID(issuer.id()), response.getClientID());
        assertEquals(new Subject(issuer.id()), response.getSubject());
        assertEquals(List.of(new Audience(ORDERS_API)), response.getAudience());
        assertEquals(new Issuer(Sts.ISSUER), response.getIssuer());
        assertEquals(claims.getJWTID(), response.getJWTID().getValue());
        assertEquals(claims.getExpirationTime(), response.getExpirationTime());
        assertEquals(claims.getIssueTime(), response.getIssueTime());
        assertEquals("Bearer", response.getStringParameter("token_type"));
    }

    @Test
    void anotherRegisteredClientSeesTheSameAnswer() {
        String token = OAuthClient.token(issuer.basic(), "orders.write").getTokens().getAccessToken().getValue();
        TokenIntrospectionSuccessResponse response = introspect(resourceServer, token);
        assertTrue(response.isActive());
        assertEquals(new ClientID(issuer.id()), response.getClientID());
        assertEquals(Scope.parse("orders.write"), response.getScope());
    }

    @Test
    void introspectionAnswersAreNeverCached() {
        String token = OAuthClient.accessToken(issuer.basic());
        HttpResponse<String> response = Sts.postForm(Sts.INTROSPECTION_ENDPOINT, "token=" + token,
                "Authorization", Sts.basicHeader(resourceServer.id(), resourceServer.secret()));
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void garbageIsInactive() {
        assertFalse(introspect(resourceServer, "not-a-token").isActive());
        assertFalse(introspect(resourceServer, "a.b.c").isActive());
    }

    @Test
    void tokenWithATamperedPayloadIsInactive() throws Exception {
        String token = OAuthClient.token(issuer.basic(), "orders.read").getTokens().getAccessToken().getValue();
        String[] parts = token.split("\\.");
        JWTClaimsSet widened = new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet())
                .claim("scope", "orders.read orders.write sts:admin").build();
        String tampered = parts[0] + "." + Base64URL.encode(widened.toString()) + "." + parts[2];
        assertFalse(introspect(resourceServer, tampered).isActive());
    }

    @Test
    void tokenSignedByAForeignKeyWithTheSameKidIsInactive() throws Exception {
        SignedJWT genuine = SignedJWT.parse(OAuthClient.accessToken(issuer.basic()));
        RSAKey foreign = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(genuine.getHeader()).build(),
                genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(foreign));
        assertFalse(introspect(resourceServer, forged.serialize()).isActive());
    }

    @Test
    void unsignedTokenWithOurKidIsInactive() throws Exception {
        SignedJWT genuine = SignedJWT.parse(OAuthClient.accessToken(issuer.basic()));
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\""
                + genuine.getHeader().getKeyID() + "\"}").toString();
        String unsigned = header + "." + genuine.getParsedParts()[1] + ".";
        assertFalse(introspect(resourceServer, unsigned).isActive());
    }

    @Test
    void hs256TokenKeyedWithOurPublicKeyIsInactive() throws Exception {
        SignedJWT genuine = SignedJWT.parse(OAuthClient.accessToken(issuer.basic()));
        RSAKey published = OAuthClient.publishedKeys().getKeyByKeyId(genuine.getHeader().getKeyID()).toRSAKey();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(genuine.getHeader().getType()).keyID(published.getKeyID()).build(), genuine.getJWTClaimsSet());
        forged.sign(new MACSigner(published.toRSAPublicKey().getEncoded()));
        assertFalse(introspect(resourceServer, forged.serialize()).isActive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../../etc/passwd", "' OR '1'='1", "%00", ""})
    void kidThatIsPathOrSqlFindsNothing(String kid) throws Exception {
        SignedJWT genuine = SignedJWT.parse(OAuthClient.accessToken(issuer.basic()));
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(genuine.getHeader()).keyID(kid).build(),
                genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        assertFalse(introspect(resourceServer, forged.serialize()).isActive());
    }

    @Test
    void keyUrlInTheTokenHeaderIsNeverFetched() throws Exception {
        SignedJWT genuine = SignedJWT.parse(OAuthClient.accessToken(issuer.basic()));
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
        try (KeyUrlTrap trap = new KeyUrlTrap(new JWKSet(attacker))) {
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(genuine.getHeader()).keyID(attacker.getKeyID())
                    .jwkURL(trap.jwksUri()).x509CertURL(trap.jwksUri()).build(), genuine.getJWTClaimsSet());
            forged.sign(new RSASSASigner(attacker));

            assertFalse(introspect(resourceServer, forged.serialize()).isActive());
            assertEquals(0, trap.requests(), "the server fetched a key URL named by a token");
        }
    }

    @Test
    void keyEmbeddedInTheTokenHeaderIsNotTrusted() throws Exception {
        SignedJWT genuine = SignedJWT.parse(OAuthClient.accessToken(issuer.basic()));
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(genuine.getHeader()).jwk(attacker.toPublicJWK())
                .build(), genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(attacker));
        assertFalse(introspect(resourceServer, forged.serialize()).isActive());
    }

    @Test
    void callerWithWrongCredentialsIsInvalidClient() {
        String token = OAuthClient.accessToken(issuer.basic());
        TokenIntrospectionResponse response = OAuthClient.introspect(
                OAuthClient.basic(resourceServer.id(), "wrong"), token);
        assertFalse(response.indicatesSuccess());
        assertEquals(401, response.toErrorResponse().getErrorObject().getHTTPStatusCode());
        assertEquals("invalid_client", response.toErrorResponse().getErrorObject().getCode());
    }

    @Test
    void anonymousCallerLearnsNothing() {
        String token = OAuthClient.accessToken(issuer.basic());
        HttpResponse<String> response = Sts.postForm(Sts.INTROSPECTION_ENDPOINT, "token=" + token);
        assertEquals(401, response.statusCode());
        assertEquals("invalid_client", Sts.json(response).getString("error"));
        assertFalse(response.body().contains(issuer.id()));
    }

    @Test
    void tokenIsInactiveOnceItExpires() throws Exception {
        RegisteredClient shortLived = AdminApi.register(c -> c.add("accessTokenLifetime", 10));
        String token = OAuthClient.accessToken(shortLived.basic());
        assertTrue(introspect(resourceServer, token).isActive());
        Date expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime();
        Thread.sleep(Math.max(0, expiry.getTime() - System.currentTimeMillis()) + 1_000);
        assertFalse(introspect(resourceServer, token).isActive());
    }
}

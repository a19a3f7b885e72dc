package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7523 client authentication: only an assertion signed by a key the client registered, and only once. */
class PrivateKeyJwtIT {

    private static RSAKey rsaKey;
    private static ECKey ecKey;

    @BeforeAll
    static void generateClientKeys() throws Exception {
        rsaKey = new RSAKeyGenerator(2048).keyID("rsa-" + UUID.randomUUID()).generate();
        ecKey = new ECKeyGenerator(Curve.P_256).keyID("ec-" + UUID.randomUUID()).generate();
    }

    /** A client whose only credential is the public half of {@code key}. */
    static RegisteredClient registerWithKey(JWK key) {
        String jwks = new JWKSet(key.toPublicJWK()).toString(true);
        RegisteredClient client = AdminApi.register(c -> c.add("jwks", Sts.json(jwks)));
        assertNull(client.secret(), "a client registered with keys gets no secret");
        assertFalse(client.registration().getBoolean("hasSecret"));
        return client;
    }

    static PrivateKeyJWT assertion(RegisteredClient client, RSAKey key) throws Exception {
        return new PrivateKeyJWT(new ClientID(client.id()), Sts.TOKEN_ENDPOINT, JWSAlgorithm.RS256,
                key.toRSAPrivateKey(), key.getKeyID(), null);
    }

    static HTTPResponse tokenWith(PrivateKeyJWT assertion) {
        return OAuthClient.tokenResponse(assertion);
    }

    /** The form a client would post with a hand-made client_assertion. */
    static HTTPResponse tokenWithRawAssertion(String clientId, String assertion) {
        HttpResponse<String> response = Sts.postForm(Sts.TOKEN_ENDPOINT, "grant_type=client_credentials"
                + "&client_id=" + Sts.formValue(clientId)
                + "&client_assertion_type=" + Sts.formValue("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + Sts.formValue(assertion));
        HTTPResponse http = new HTTPResponse(response.statusCode());
        response.headers().map().forEach((name, values) -> http.setHeader(name, values.toArray(String[]::new)));
        http.setBody(response.body());
        return http;
    }

    static JWTClaimsSet assertionClaims(String clientId) {
        Date now = new Date();
        return new JWTClaimsSet.Builder().issuer(clientId).subject(clientId)
                .audience(Sts.TOKEN_ENDPOINT.toString()).issueTime(now)
                .expirationTime(new Date(now.getTime() + 60_000)).jwtID(UUID.randomUUID().toString()).build();
    }

    @Test
    void rsaKeyClientGetsATokenWithPrivateKeyJwt() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        String token = OAuthClient.issued(tokenWith(assertion(client, rsaKey))).getTokens().getAccessToken().getValue();
        JWTClaimsSet claims = OAuthClient.verifyAccessToken(token);
        assertEquals(client.id(), claims.getSubject());
        assertEquals(client.id(), claims.getStringClaim("client_id"));
    }

    @Test
    void ecKeyClientGetsATokenWithPrivateKeyJwt() throws Exception {
        RegisteredClient client = registerWithKey(ecKey);
        PrivateKeyJWT assertion = new PrivateKeyJWT(new ClientID(client.id()), Sts.TOKEN_ENDPOINT,
                JWSAlgorithm.ES256, ecKey.toECPrivateKey(), ecKey.getKeyID(), null);
        String token = OAuthClient.issued(tokenWith(assertion)).getTokens().getAccessToken().getValue();
        assertEquals(client.id(), OAuthClient.verifyAccessToken(token).getSubject());
    }

    @Test
    void assertionAddressedToTheIssuerIsAcceptedToo() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        PrivateKeyJWT assertion = new PrivateKeyJWT(new ClientID(client.id()), URI.create(Sts.ISSUER),
                JWSAlgorithm.RS256, rsaKey.toRSAPrivateKey(), rsaKey.getKeyID(), null);
        OAuthClient.issued(tokenWith(assertion));
    }

    @Test
    void replayedAssertionIsInvalidClient() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        PrivateKeyJWT assertion = assertion(client, rsaKey);
        OAuthClient.issued(tokenWith(assertion));
        ClientCredentialsIT.assertRefused(tokenWith(assertion), 401, "invalid_client");
    }

    @Test
    void assertionSignedByAnotherKeyWithTheSameKidIsInvalidClient() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(rsaKey.getKeyID()).generate();
        ClientCredentialsIT.assertRefused(tokenWith(assertion(client, impostor)), 401, "invalid_client");
    }

    @Test
    void keyEmbeddedInTheAssertionHeaderIsNotTrusted() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(rsaKey.getKeyID()).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(attacker.getKeyID())
                .jwk(attacker.toPublicJWK()).build(), assertionClaims(client.id()));
        jwt.sign(new RSASSASigner(attacker));
        ClientCredentialsIT.assertRefused(tokenWithRawAssertion(client.id(), jwt.serialize()), 401, "invalid_client");
    }

    @Test
    void keyUrlInTheAssertionHeaderIsNeverFetched() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(rsaKey.getKeyID()).generate();
        try (KeyUrlTrap trap = new KeyUrlTrap(new JWKSet(attacker))) {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(attacker.getKeyID())
                    .jwkURL(trap.jwksUri()).x509CertURL(trap.jwksUri()).build(), assertionClaims(client.id()));
            jwt.sign(new RSASSASigner(attacker));

            ClientCredentialsIT.assertRefused(tokenWithRawAssertion(client.id(), jwt.serialize()), 401,
                    "invalid_client");
            assertEquals(0, trap.requests(), "the server fetched a key URL named by a client assertion");
        }
    }

    @Test
    void unsignedAssertionIsInvalidClient() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        String header = Base64URL.encode("{\"alg\":\"none\",\"kid\":\"" + rsaKey.getKeyID() + "\"}").toString();
        String payload = Base64URL.encode(assertionClaims(client.id()).toString()).toString();
        ClientCredentialsIT.assertRefused(tokenWithRawAssertion(client.id(), header + "." + payload + "."), 401,
                "invalid_client");
    }

    /** Key confusion: HMAC keyed with the bytes of the registered RSA public key, which anyone can know. */
    @ParameterizedTest(name = "HMAC secret: {0} of the public key")
    @ValueSource(strings = {"DER", "PEM", "JWK"})
    void hs256AssertionKeyedWithTheRegisteredPublicKeyIsInvalidClient(String encoding) throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        byte[] der = rsaKey.toRSAPublicKey().getEncoded();
        byte[] secret = switch (encoding) {
            case "DER" -> der;
            case "PEM" -> ("-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.UTF_8)).encodeToString(der)
                    + "\n-----END PUBLIC KEY-----\n").getBytes(StandardCharsets.UTF_8);
            default -> rsaKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        };
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(rsaKey.getKeyID()).build(),
                assertionClaims(client.id()));
        jwt.sign(new MACSigner(secret));
        ClientCredentialsIT.assertRefused(tokenWithRawAssertion(client.id(), jwt.serialize()), 401, "invalid_client");
    }

    @Test
    void expiredAssertionIsInvalidClient() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        long now = System.currentTimeMillis();
        JWTAuthenticationClaimsSet claims = new JWTAuthenticationClaimsSet(new ClientID(client.id()),
                List.of(new Audience(Sts.TOKEN_ENDPOINT)), new Date(now - 300_000), null, new Date(now - 360_000),
                new JWTID());
        PrivateKeyJWT expired = new PrivateKeyJWT(claims, JWSAlgorithm.RS256, rsaKey.toRSAPrivateKey(),
                rsaKey.getKeyID(), null);
        ClientCredentialsIT.assertRefused(tokenWith(expired), 401, "invalid_client");
    }

    @Test
    void assertionForAnotherServerIsInvalidClient() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        PrivateKeyJWT elsewhere = new PrivateKeyJWT(new ClientID(client.id()),
                URI.create("https://other-as.example.test/token"), JWSAlgorithm.RS256,
                rsaKey.toRSAPrivateKey(), rsaKey.getKeyID(), null);
        ClientCredentialsIT.assertRefused(tokenWith(elsewhere), 401, "invalid_client");
    }

    @Test
    void oneClientsKeyCannotAuthenticateAnotherClient() throws Exception {
        registerWithKey(rsaKey);
        RSAKey victimKey = new RSAKeyGenerator(2048).keyID(rsaKey.getKeyID()).generate();
        RegisteredClient victim = registerWithKey(victimKey);
        ClientCredentialsIT.assertRefused(tokenWith(assertion(victim, rsaKey)), 401, "invalid_client");
    }

    @Test
    void clientWithKeysCannotFallBackToAnEmptySecret() {
        RegisteredClient client = registerWithKey(rsaKey);
        ClientCredentialsIT.assertRefused(OAuthClient.tokenResponse(OAuthClient.basic(client.id(), "x")), 401,
                "invalid_client");
        HttpResponse<String> empty = Sts.postForm(Sts.TOKEN_ENDPOINT, "grant_type=client_credentials",
                "Authorization", Sts.basicHeader(client.id(), ""));
        assertEquals(401, empty.statusCode(), empty.body());
        assertFalse(empty.body().contains("access_token"));
    }

    @Test
    void ecAssertionSignedByAnotherEcKeyIsInvalidClient() throws Exception {
        RegisteredClient client = registerWithKey(ecKey);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ecKey.getKeyID()).build(),
                assertionClaims(client.id()));
        jwt.sign(new ECDSASigner(new ECKeyGenerator(Curve.P_256).generate()));
        ClientCredentialsIT.assertRefused(tokenWithRawAssertion(client.id(), jwt.serialize()), 401, "invalid_client");
    }

    /** An assertion signed with the client's registered RSA key, with the claims and header as given. */
    static String signedAssertion(JWSHeader.Builder header, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(header.keyID(rsaKey.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(rsaKey));
        return jwt.serialize();
    }

    @Test
    void controlAssertionBuiltByHandIsAccepted() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        String assertion = signedAssertion(new JWSHeader.Builder(JWSAlgorithm.RS256), assertionClaims(client.id()));
        assertEquals(200, tokenWithRawAssertion(client.id(), assertion).getStatusCode());
    }

    @Test
    void assertionWithAnUnknownCriticalHeaderIsInvalidClient() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        String assertion = signedAssertion(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .criticalParams(Set.of("urn:example:must-understand"))
                .customParam("urn:example:must-understand", true), assertionClaims(client.id()));
        ClientCredentialsIT.assertRefused(tokenWithRawAssertion(client.id(), assertion), 401, "invalid_client");
    }

    @Test
    void assertionWithoutJtiIsInvalidClient() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        JWTClaimsSet claims = new JWTClaimsSet.Builder(assertionClaims(client.id())).jwtID(null).build();
        ClientCredentialsIT.assertRefused(tokenWithRawAssertion(client.id(),
                signedAssertion(new JWSHeader.Builder(JWSAlgorithm.RS256), claims)), 401, "invalid_client");
    }

    @Test
    void assertionWithoutExpIsInvalidClient() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        JWTClaimsSet claims = new JWTClaimsSet.Builder(assertionClaims(client.id())).expirationTime(null).build();
        ClientCredentialsIT.assertRefused(tokenWithRawAssertion(client.id(),
                signedAssertion(new JWSHeader.Builder(JWSAlgorithm.RS256), claims)), 401, "invalid_client");
    }

    @Test
    void assertionValidForHoursIsInvalidClient() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        JWTClaimsSet claims = new JWTClaimsSet.Builder(assertionClaims(client.id()))
                .expirationTime(new Date(System.currentTimeMillis() + 3 * 3_600_000)).build();
        ClientCredentialsIT.assertRefused(tokenWithRawAssertion(client.id(),
                signedAssertion(new JWSHeader.Builder(JWSAlgorithm.RS256), claims)), 401, "invalid_client");
    }

    @Test
    void assertionWhoseSubjectIsAnotherClientIsInvalidClient() throws Exception {
        RegisteredClient client = registerWithKey(rsaKey);
        RegisteredClient other = registerWithKey(rsaKey);
        JWTClaimsSet claims = new JWTClaimsSet.Builder(assertionClaims(client.id())).subject(other.id()).build();
        ClientCredentialsIT.assertRefused(tokenWithRawAssertion(client.id(),
                signedAssertion(new JWSHeader.Builder(JWSAlgorithm.RS256), claims)), 401, "invalid_client");
    }
}

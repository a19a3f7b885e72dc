package org.symbolon.sts.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.claims.ClaimsRuleSet;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.TestKeys;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.ExchangePolicy;
import org.symbolon.sts.trust.OidcSettings;

class AccessTokenVerifierTest {

    private final TestConfig config = new TestConfig();
    private final KeyRing ring = TestKeys.ring(config);
    private final RevocationList revocations = new RevocationList();
    private final AccessTokenIssuer issuer = new AccessTokenIssuer();
    private final AccessTokenVerifier verifier = new AccessTokenVerifier();

    AccessTokenVerifierTest() {
        issuer.config = config;
        issuer.keyRing = ring;
        verifier.config = config;
        verifier.keyRing = ring;
        verifier.revocations = revocations;
    }

    @Test
    void issuedRs256AndEs256TokensVerifyWithTheirClaims() {
        for (String alg : List.of("RS256", "ES256")) {
            IssuedToken token = issuer.issue(client(alg, 300), "svc", Set.of("orders.read"), List.of("https://api"));
            VerifiedToken verified = verifier.verify(token.value()).orElseThrow();
            assertEquals("svc", verified.claims().getSubject());
            assertEquals("client-1", verified.clientId());
            assertEquals(List.of("https://api"), verified.audience());
            assertEquals(Set.of("orders.read"), verified.scopes());
            assertEquals(TestConfig.ISSUER, verified.claims().getIssuer());
            assertEquals(300, token.expiresIn());
        }
    }

    @Test
    void aTokenParsedByTheCallerIsVerifiedAlikeAndRememberedOnlyOnceValid() throws Exception {
        IssuedToken token = issue();
        assertFalse(verifier.seenBefore(token.value()));
        VerifiedToken verified = verifier.verify(token.value(), SignedJWT.parse(token.value())).orElseThrow();
        assertEquals("client-1", verified.claims().getSubject());
        assertTrue(verifier.seenBefore(token.value()));

        String[] parts = token.value().split("\\.");
        String forged = parts[0] + "." + Base64URL.encode("{\"iss\":\"" + TestConfig.ISSUER + "\",\"sub\":\"root\"}")
                + "." + parts[2];
        assertFalse(verifier.verifyIssued(forged, SignedJWT.parse(forged)).isPresent(), "the signature still counts");
        assertFalse(verifier.seenBefore(forged));
        assertFalse(verifier.seenBefore(null));
    }

    @Test
    void revokedTokenIsRefused() {
        IssuedToken token = issue();
        revocations.add(token.jti(), System.currentTimeMillis() + 60_000);
        assertFalse(verifier.verify(token.value()).isPresent());
        assertTrue(verifier.verifySignature(token.value()).isPresent());
    }

    @Test
    void aTokenVerifiedBeforeIsStillRefusedOnceRevokedOrOfTheWrongType() throws Exception {
        IssuedToken token = issue();
        assertTrue(verifier.verify(token.value()).isPresent());
        assertTrue(verifier.verify(token.value()).isPresent(), "answered again, from the verified-token cache");
        revocations.add(token.jti(), System.currentTimeMillis() + 60_000);
        assertFalse(verifier.verify(token.value()).isPresent());

        LoadedKey active = ring.active(SigningAlgorithm.RS256);
        String jwt = sign(active, new JOSEObjectType("JWT"), active.kid(), claims(300));
        assertTrue(verifier.verifyIssued(jwt).isPresent());
        assertFalse(verifier.verify(jwt).isPresent(), "a cached generic JWT is not an access token");
    }

    @Test
    void tamperedPayloadIsRefused() {
        String[] parts = issue().value().split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("client-1", "client-2");
        String forged = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];
        assertFalse(verifier.verify(forged).isPresent());
    }

    @Test
    void unsignedTokenIsRefused() {
        PlainJWT none = new PlainJWT(new PlainHeader.Builder().type(AccessTokenIssuer.AT_JWT).build(), claims(300));
        assertFalse(verifier.verify(none.serialize()).isPresent());
    }

    @Test
    void hmacTokenKeyedWithOurPublicKeyIsRefused() throws Exception {
        LoadedKey active = ring.active(SigningAlgorithm.RS256);
        byte[] publicKeyBytes = ((RSAKey) active.publicJwk()).toRSAPublicKey().getEncoded();
        byte[] secret = new byte[Math.max(32, publicKeyBytes.length)];
        System.arraycopy(publicKeyBytes, 0, secret, 0, publicKeyBytes.length);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(AccessTokenIssuer.AT_JWT)
                .keyID(active.kid()).build(), claims(300));
        jwt.sign(new MACSigner(secret));
        assertFalse(verifier.verify(jwt.serialize()).isPresent());
    }

    @Test
    void tokenSignedByAForeignKeyWithOurKidIsRefused() throws Exception {
        LoadedKey active = ring.active(SigningAlgorithm.RS256);
        RSAKey foreign = new RSAKeyGenerator(2048).keyID(active.kid()).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(AccessTokenIssuer.AT_JWT)
                .keyID(active.kid()).build(), claims(300));
        jwt.sign(new RSASSASigner(foreign));
        assertFalse(verifier.verify(jwt.serialize()).isPresent());
    }

    @Test
    void wrongTypeExpiryIssuerAndKidAreRefused() throws Exception {
        LoadedKey active = ring.active(SigningAlgorithm.RS256);
        assertFalse(verifier.verify(sign(active, new JOSEObjectType("JWT"), active.kid(), claims(300))).isPresent());
        assertFalse(verifier.verify(sign(active, AccessTokenIssuer.AT_JWT, active.kid(), claims(-1))).isPresent());
        assertFalse(verifier.verify(sign(active, AccessTokenIssuer.AT_JWT, "../../etc/passwd", claims(300)))
                .isPresent());
        JWTClaimsSet otherIssuer = new JWTClaimsSet.Builder(claims(300)).issuer("https://evil.test").build();
        assertFalse(verifier.verify(sign(active, AccessTokenIssuer.AT_JWT, active.kid(), otherIssuer)).isPresent());
        assertTrue(verifier.verify(sign(active, AccessTokenIssuer.AT_JWT, active.kid(), claims(300))).isPresent());
    }

    @Test
    void garbageIsRefused() {
        for (String garbage : List.of("", "abc", "a.b.c", "e30.e30.", "x".repeat(20_000))) {
            assertFalse(verifier.verify(garbage).isPresent(), garbage);
        }
    }

    @Test
    void aSubjectRevokedForAllClientsHasEveryEarlierTokenRefusedWhateverItsClient() {
        IssuedToken token = issuer.issue(client("RS256", 300), "user-42", Set.of(), List.of(TestConfig.ISSUER));
        IssuedToken others = issuer.issue(client("RS256", 300), "client-1", Set.of(), List.of(TestConfig.ISSUER));
        assertTrue(verifier.verify(token.value()).isPresent());

        revocations.revokeSubjectForAllClients(SubjectRevocationKey.ofSubject("user-42"),
                System.currentTimeMillis(), System.currentTimeMillis() + 60_000);

        assertFalse(verifier.verify(token.value()).isPresent(), "refused, also when answered from the cache");
        assertTrue(verifier.verify(others.value()).isPresent(), "another subject's token stays valid");
    }

    private IssuedToken issue() {
        return issuer.issue(client("RS256", 300), "client-1", Set.of(), List.of(TestConfig.ISSUER));
    }

    private static String sign(LoadedKey key, JOSEObjectType type, String kid, JWTClaimsSet claims)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(type).keyID(kid).build(),
                claims);
        jwt.sign(key.signer());
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(long lifetimeSeconds) {
        long now = System.currentTimeMillis();
        return new JWTClaimsSet.Builder().issuer(TestConfig.ISSUER).subject("client-1").audience(TestConfig.ISSUER)
                .issueTime(new Date(now)).expirationTime(new Date(now + lifetimeSeconds * 1000))
                .jwtID("jti-" + now).claim("client_id", "client-1").build();
    }

    static Client client(String alg, int lifetime) {
        return new Client("client-1", "Client", null, Set.of("client_credentials"), Set.of("orders.read"),
                List.of("https://api"), List.of(), lifetime, alg, null, null, ExchangePolicy.DEFAULT, null, ClaimsRuleSet.EMPTY, OidcSettings.DEFAULT, true, null, null);
    }
}

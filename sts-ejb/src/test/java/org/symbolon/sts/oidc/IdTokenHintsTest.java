package org.symbolon.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;

class IdTokenHintsTest {

    private final OidcFixture f = new OidcFixture();
    private final IdTokenHints hints = new IdTokenHints();

    IdTokenHintsTest() {
        hints.keyRing = f.ring;
        hints.config = f.config;
    }

    @Test
    void anIdTokenWeIssuedNamesItsClientSubjectAndSession() {
        String idToken = f.userTokens.issue(OidcTestClients.web(), grant(), "n").idToken();
        IdTokenHint hint = hints.read(idToken).orElseThrow();
        assertEquals("web", hint.clientId());
        assertEquals("user-42", hint.subject());
        assertEquals("sid-1", hint.sessionId());
    }

    @Test
    void anExpiredIdTokenStillServesAsAHint() throws Exception {
        LoadedKey key = f.ring.active(SigningAlgorithm.RS256);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(TestConfig.ISSUER).subject("user-42").audience("web")
                .claim("azp", "web").claim("sid", "sid-1").expirationTime(new Date(System.currentTimeMillis() - 86_400_000L))
                .build();
        assertEquals("web", hints.read(sign(key, JOSEObjectType.JWT, claims)).orElseThrow().clientId());
    }

    @Test
    void anAccessTokenAForeignSignatureOrGarbageIsNoHint() throws Exception {
        UserTokenSet tokens = f.userTokens.issue(OidcTestClients.web(), grant(), null);
        assertTrue(hints.read(tokens.accessToken().value()).isEmpty());
        RSAKey foreign = new RSAKeyGenerator(2048).keyID(f.ring.active(SigningAlgorithm.RS256).kid()).generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(TestConfig.ISSUER).subject("user-42").audience("web")
                .claim("azp", "web").build();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(foreign.getKeyID()).build(), claims);
        forged.sign(new RSASSASigner(foreign));
        assertTrue(hints.read(forged.serialize()).isEmpty());
        JWTClaimsSet otherIssuer = new JWTClaimsSet.Builder(claims).issuer("https://other.example").build();
        assertTrue(hints.read(sign(f.ring.active(SigningAlgorithm.RS256), JOSEObjectType.JWT, otherIssuer)).isEmpty());
        assertTrue(hints.read("not.a.jwt").isEmpty());
        assertTrue(hints.read(null).isEmpty());
    }

    private static String sign(LoadedKey key, JOSEObjectType typ, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(key.alg().jws()).type(typ).keyID(key.kid()).build(),
                claims);
        jwt.sign(key.signer());
        return jwt.serialize();
    }

    private UserGrant grant() {
        return new UserGrant("web", "user-42", "sid-1", Set.of("openid"), f.session.authTime(), f.session.amr(),
                f.session.acr(), OidcFixture.ALICE);
    }
}

package org.symbolon.sts.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.Provider;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompactJwsTest {

    private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

    private static LoadedKey active(JWK jwk, SigningAlgorithm alg, Optional<Provider> provider) {
        return new LoadedKey(jwk.getKeyID(), alg, KeyState.ACTIVE, jwk.toPublicJWK(), KeyMaterial.signer(jwk, provider),
                KeyMaterial.verifier(jwk.toPublicJWK(), provider), KeyMaterial.privateKey(jwk, provider), null,
                provider.orElse(null));
    }

    private static JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder()
                .issuer("https://sts.example")
                .subject("client \"quoted\" / ünïcode ✓")
                .audience(List.of("https://api.example/a", "https://api.example/b"))
                .issueTime(new Date(1_790_000_000_000L))
                .expirationTime(new Date(1_790_000_300_000L))
                .jwtID("6f1c0a3e-1d2b-4c5d-9e8f-0a1b2c3d4e5f")
                .claim("scope", "read write")
                .claim("act", Map.of("sub", "upstream"))
                .build();
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void writesTheHeaderAndPayloadNimbusWritesAndASignatureEveryProviderVerifies(SigningAlgorithm alg) throws Exception {
        Optional<Provider> nativeProvider = SignatureProvider.choose(SignatureProvider.Choice.AUTO);
        JWK jwk = KeyMaterial.generate(alg, 2048);
        for (Optional<Provider> provider : List.of(nativeProvider, Optional.<Provider>empty())) {
            LoadedKey key = active(jwk, alg, provider);
            String token = CompactJws.sign(key, AT_JWT, claims());

            SignedJWT nimbus = new SignedJWT(new JWSHeader.Builder(alg.jws()).type(AT_JWT).keyID(jwk.getKeyID()).build(),
                    claims());
            nimbus.sign(key.signer());
            String[] ours = token.split("\\.");
            String[] theirs = nimbus.serialize().split("\\.");
            assertEquals(3, ours.length, token);
            assertEquals(theirs[0], ours[0], "the protected header");
            assertEquals(theirs[1], ours[1], "the payload");
            assertFalse(ours[2].contains("="), "base64url without padding");

            SignedJWT parsed = SignedJWT.parse(token);
            assertEquals(alg.jws(), parsed.getHeader().getAlgorithm());
            assertEquals(AT_JWT, parsed.getHeader().getType());
            assertEquals(jwk.getKeyID(), parsed.getHeader().getKeyID());
            assertEquals(claims().toJSONObject(), parsed.getJWTClaimsSet().toJSONObject());
            assertTrue(parsed.verify(KeyMaterial.verifier(jwk.toPublicJWK(), Optional.empty())), "JDK verifies");
            assertTrue(parsed.verify(KeyMaterial.verifier(jwk.toPublicJWK(), nativeProvider)), "native verifies");
            if (alg == SigningAlgorithm.ES256) {
                assertEquals(64, parsed.getSignature().decode().length, "R and S, 32 bytes each (RFC 7518 3.4)");
            } else {
                assertArrayEquals(nimbus.getSignature().decode(), parsed.getSignature().decode(),
                        "RSASSA-PKCS1-v1_5 is deterministic");
            }
        }
    }

    @Test
    void aTamperedPayloadNoLongerVerifies() throws Exception {
        JWK jwk = KeyMaterial.generate(SigningAlgorithm.ES256, 2048);
        String token = CompactJws.sign(active(jwk, SigningAlgorithm.ES256, Optional.empty()), AT_JWT, claims());
        String[] parts = token.split("\\.");
        String other = CompactJws.sign(active(jwk, SigningAlgorithm.ES256, Optional.empty()), AT_JWT,
                new JWTClaimsSet.Builder(claims()).subject("someone else").build()).split("\\.")[1];
        SignedJWT forged = SignedJWT.parse(parts[0] + "." + other + "." + parts[2]);
        assertFalse(forged.verify(KeyMaterial.verifier(jwk.toPublicJWK(), Optional.empty())));
    }

    @Test
    void theHeaderOfEachTypeIsItsOwn() throws Exception {
        JWK jwk = KeyMaterial.generate(SigningAlgorithm.RS256, 2048);
        LoadedKey key = active(jwk, SigningAlgorithm.RS256, Optional.empty());
        SignedJWT accessToken = SignedJWT.parse(CompactJws.sign(key, AT_JWT, claims()));
        SignedJWT idToken = SignedJWT.parse(CompactJws.sign(key, JOSEObjectType.JWT, claims()));
        assertEquals(AT_JWT, accessToken.getHeader().getType());
        assertEquals(JOSEObjectType.JWT, idToken.getHeader().getType());
    }

    @Test
    void aKeyThatIsNotActiveCannotSign() {
        JWK jwk = KeyMaterial.generate(SigningAlgorithm.ES256, 2048);
        LoadedKey next = new LoadedKey(jwk.getKeyID(), SigningAlgorithm.ES256, KeyState.NEXT, jwk.toPublicJWK(), null,
                KeyMaterial.verifier(jwk.toPublicJWK(), Optional.empty()), null, null, null);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CompactJws.sign(next, AT_JWT, claims()));
        assertTrue(e.getMessage().contains("not active"), e.getMessage());
    }
}

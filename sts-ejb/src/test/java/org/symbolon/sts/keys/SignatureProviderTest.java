package org.symbolon.sts.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.Provider;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SignatureProviderTest {

    private static final Optional<Provider> JDK = Optional.empty();

    @Test
    void autoTakesTheNativeProviderOnThisPlatformAndJdkNeverDoes() {
        Optional<Provider> auto = SignatureProvider.choose(SignatureProvider.Choice.AUTO);
        assertTrue(auto.isPresent(), "the native provider loads on Linux x86-64: " + SignatureProvider.nativeFailure());
        assertEquals("AmazonCorrettoCryptoProvider", auto.get().getName());
        assertFalse(SignatureProvider.choose(SignatureProvider.Choice.JDK).isPresent());
        assertEquals(auto, SignatureProvider.choose(SignatureProvider.Choice.NATIVE));
    }

    @Test
    void anUnknownSettingIsRefusedWithTheAllowedValues() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SignatureProvider.Choice.parse("openssl"));
        assertTrue(e.getMessage().contains("auto, jdk or native"), e.getMessage());
        assertEquals(SignatureProvider.Choice.NATIVE, SignatureProvider.Choice.parse(" Native "));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void tokensSignedNativelyVerifyWithTheJdkAndTheOtherWayRound(SigningAlgorithm alg) throws Exception {
        Optional<Provider> nativeProvider = SignatureProvider.choose(SignatureProvider.Choice.AUTO);
        JWK key = KeyMaterial.generate(alg, 2048);
        JWK publicKey = key.toPublicJWK();

        String nativelySigned = sign(key, nativeProvider, alg);
        assertTrue(SignedJWT.parse(nativelySigned).verify(KeyMaterial.verifier(publicKey, JDK)));
        assertTrue(SignedJWT.parse(nativelySigned).verify(KeyMaterial.verifier(publicKey, nativeProvider)));

        String jdkSigned = sign(key, JDK, alg);
        assertTrue(SignedJWT.parse(jdkSigned).verify(KeyMaterial.verifier(publicKey, nativeProvider)));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void aTamperedTokenFailsTheNativeVerifier(SigningAlgorithm alg) throws Exception {
        Optional<Provider> nativeProvider = SignatureProvider.choose(SignatureProvider.Choice.AUTO);
        JWK key = KeyMaterial.generate(alg, 2048);
        String token = sign(key, nativeProvider, alg);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "."
                + new JWTClaimsSet.Builder().subject("someone-else").build().toPayload().toBase64URL() + "." + parts[2];
        assertFalse(SignedJWT.parse(forged).verify(KeyMaterial.verifier(key.toPublicJWK(), nativeProvider)));
        JWK otherKey = KeyMaterial.generate(alg, 2048);
        assertFalse(SignedJWT.parse(token).verify(KeyMaterial.verifier(otherKey.toPublicJWK(), nativeProvider)));
    }

    private static String sign(JWK key, Optional<Provider> provider, SigningAlgorithm alg) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.parse(alg.name())).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("client-a").issuer("https://sts.example").build());
        jwt.sign(KeyMaterial.signer(key, provider));
        return jwt.serialize();
    }
}

package org.symbolon.sts.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.PrivateKey;
import java.util.UUID;

/** Generates key pairs and turns a private JWK into the signer and verifier for its one algorithm. */
public final class KeyMaterial {

    private KeyMaterial() {
    }

    public static JWK generate(SigningAlgorithm alg, int rsaBits) {
        String kid = alg.name().toLowerCase() + "-" + UUID.randomUUID();
        try {
            return switch (alg) {
                case RS256 -> new RSAKeyGenerator(rsaBits).keyID(kid).algorithm(alg.jws())
                        .keyUse(KeyUse.SIGNATURE).generate();
                case ES256 -> new ECKeyGenerator(Curve.P_256).keyID(kid).algorithm(alg.jws())
                        .keyUse(KeyUse.SIGNATURE).generate();
            };
        } catch (JOSEException e) {
            throw new IllegalStateException("Key generation failed for " + alg, e);
        }
    }

    public static JWSSigner signer(JWK privateJwk) {
        try {
            return privateJwk instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) privateJwk);
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable signing key " + privateJwk.getKeyID(), e);
        }
    }

    /** The JCA private key, for signers outside JOSE (XML signatures). */
    public static PrivateKey privateKey(JWK privateJwk) {
        try {
            return privateJwk instanceof RSAKey rsa ? rsa.toPrivateKey() : ((ECKey) privateJwk).toPrivateKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable signing key " + privateJwk.getKeyID(), e);
        }
    }

    public static JWSVerifier verifier(JWK publicJwk) {
        try {
            return publicJwk instanceof RSAKey rsa ? new RSASSAVerifier(rsa) : new ECDSAVerifier((ECKey) publicJwk);
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable verification key " + publicJwk.getKeyID(), e);
        }
    }
}

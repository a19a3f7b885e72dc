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
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;
import java.util.UUID;

/** Generates key pairs and turns a private JWK into the signer and verifier for its one algorithm, by a chosen JCA provider. */
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

    /**
     * The signer for a private JWK: by the given provider, with the key turned once into that
     * provider's own form (so that no signature pays for the conversion), or by the JDK's.
     */
    public static JWSSigner signer(JWK privateJwk, Optional<Provider> provider) {
        try {
            if (provider.isEmpty()) {
                return privateJwk instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) privateJwk);
            }
            PrivateKey key = privateKey(privateJwk, provider);
            JWSSigner signer = privateJwk instanceof RSAKey
                    ? new RSASSASigner(key)
                    : new ECDSASigner(key, ((ECKey) privateJwk).getCurve());
            signer.getJCAContext().setProvider(provider.get());
            return signer;
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable signing key " + privateJwk.getKeyID(), e);
        }
    }

    /**
     * The JCA private key for signers outside JOSE (XML and query-string signatures), in the given
     * provider's own form, or the JDK's.
     */
    public static PrivateKey privateKey(JWK privateJwk, Optional<Provider> provider) {
        if (provider.isEmpty()) {
            return privateKey(privateJwk);
        }
        try {
            return (PrivateKey) KeyFactory.getInstance(keyType(privateJwk), provider.get())
                    .translateKey(privateKey(privateJwk));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unusable signing key " + privateJwk.getKeyID(), e);
        }
    }

    /** The JCA private key, by the JDK's providers. */
    public static PrivateKey privateKey(JWK privateJwk) {
        try {
            return privateJwk instanceof RSAKey rsa ? rsa.toPrivateKey() : ((ECKey) privateJwk).toPrivateKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable signing key " + privateJwk.getKeyID(), e);
        }
    }

    /** The verifier for a public JWK, by the given provider (the key turned into its form once) or the JDK's. */
    public static JWSVerifier verifier(JWK publicJwk, Optional<Provider> provider) {
        try {
            if (provider.isEmpty()) {
                return publicJwk instanceof RSAKey rsa ? new RSASSAVerifier(rsa) : new ECDSAVerifier((ECKey) publicJwk);
            }
            KeyFactory factory = KeyFactory.getInstance(keyType(publicJwk), provider.get());
            JWSVerifier verifier = publicJwk instanceof RSAKey rsa
                    ? new RSASSAVerifier((RSAPublicKey) factory.translateKey(rsa.toPublicKey()))
                    : new ECDSAVerifier((ECPublicKey) factory.translateKey(((ECKey) publicJwk).toPublicKey()));
            verifier.getJCAContext().setProvider(provider.get());
            return verifier;
        } catch (JOSEException | GeneralSecurityException e) {
            throw new IllegalStateException("Unusable verification key " + publicJwk.getKeyID(), e);
        }
    }

    private static String keyType(JWK jwk) {
        return jwk instanceof RSAKey ? "RSA" : "EC";
    }
}

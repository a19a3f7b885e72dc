package org.symbolon.sts.keys;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A key ready for use: decrypted once when loaded, never per request. The signer and the private key
 * (for XML signatures) are null unless the key is active; the certificate is null for ES256 keys.
 * The private key is already in the form of {@code provider}, the JCA provider that signs with it
 * (null: the JDK's own providers), so that no signature pays for converting it. The encoded JWS
 * headers it signs under are kept with it, one per token type, so that they go when the key goes.
 */
public record LoadedKey(String kid, SigningAlgorithm alg, KeyState state, JWK publicJwk, JWSSigner signer,
        JWSVerifier verifier, PrivateKey privateKey, X509Certificate certificate, Provider provider,
        Map<String, String> encodedHeaders) {

    public LoadedKey(String kid, SigningAlgorithm alg, KeyState state, JWK publicJwk, JWSSigner signer,
            JWSVerifier verifier, PrivateKey privateKey, X509Certificate certificate, Provider provider) {
        this(kid, alg, state, publicJwk, signer, verifier, privateKey, certificate, provider, new ConcurrentHashMap<>());
    }

    /** The base64url protected header ({@code alg}, {@code typ}, {@code kid}) of a JWS this key signs. */
    public String encodedHeader(JOSEObjectType typ) {
        return encodedHeaders.computeIfAbsent(typ.getType(),
                t -> new JWSHeader.Builder(alg.jws()).type(typ).keyID(kid).build().toBase64URL().toString());
    }

    /** A JCA signature engine for the private key, by the provider the key was loaded for. */
    public Signature jcaSignature(String algorithm) throws GeneralSecurityException {
        return provider == null ? Signature.getInstance(algorithm) : Signature.getInstance(algorithm, provider);
    }

    /** Never the private key: a record's generated toString would print whatever the key's own does. */
    @Override
    public String toString() {
        return "LoadedKey[kid=" + kid + ", alg=" + alg + ", state=" + state + "]";
    }
}

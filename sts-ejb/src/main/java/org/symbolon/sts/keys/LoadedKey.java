package org.symbolon.sts.keys;

import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * A key ready for use: decrypted once when loaded, never per request. The signer and the private key
 * (for XML signatures) are null unless the key is active; the certificate is null for ES256 keys.
 */
public record LoadedKey(String kid, SigningAlgorithm alg, KeyState state, JWK publicJwk, JWSSigner signer,
        JWSVerifier verifier, PrivateKey privateKey, X509Certificate certificate) {

    /** Never the private key: a record's generated toString would print whatever the key's own does. */
    @Override
    public String toString() {
        return "LoadedKey[kid=" + kid + ", alg=" + alg + ", state=" + state + "]";
    }
}

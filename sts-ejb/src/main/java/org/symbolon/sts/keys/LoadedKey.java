package org.symbolon.sts.keys;

import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;

/** A key ready for use: decrypted once when loaded, never per request. The signer is null unless active. */
public record LoadedKey(String kid, SigningAlgorithm alg, KeyState state, JWK publicJwk, JWSSigner signer,
        JWSVerifier verifier) {
}

package org.symbolon.sts.keys;

import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A signing key as stored: the private half only sealed under the master key. RS256 keys carry a
 * self-signed certificate (PEM) for SAML; ES256 keys have none.
 */
public record StoredKey(
        String kid,
        SigningAlgorithm alg,
        KeyState state,
        String publicJwk,
        String sealedPrivateJwk,
        LocalDateTime createdAt,
        LocalDateTime activatedAt,
        LocalDateTime retiredAt,
        LocalDateTime publishUntil,
        String certificatePem) {

    public StoredKey withState(KeyState newState, LocalDateTime activated, LocalDateTime retired,
            LocalDateTime until) {
        return new StoredKey(kid, alg, newState, publicJwk, sealedPrivateJwk, createdAt, activated, retired, until,
                certificatePem);
    }

    public Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificatePem).map(CertificatePem::decode);
    }
}

package org.symbolon.sts.keys;

import java.time.LocalDateTime;

/** A signing key as stored: the private half only sealed under the master key. */
public record StoredKey(
        String kid,
        SigningAlgorithm alg,
        KeyState state,
        String publicJwk,
        String sealedPrivateJwk,
        LocalDateTime createdAt,
        LocalDateTime activatedAt,
        LocalDateTime retiredAt,
        LocalDateTime publishUntil) {

    public StoredKey withState(KeyState newState, LocalDateTime activated, LocalDateTime retired,
            LocalDateTime until) {
        return new StoredKey(kid, alg, newState, publicJwk, sealedPrivateJwk, createdAt, activated, retired, until);
    }
}

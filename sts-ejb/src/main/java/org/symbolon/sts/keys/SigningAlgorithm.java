package org.symbolon.sts.keys;

import com.nimbusds.jose.JWSAlgorithm;
import java.util.Arrays;
import java.util.Optional;

/** The algorithms Symbolon signs with: one key type per algorithm, never mixed. */
public enum SigningAlgorithm {
    RS256(JWSAlgorithm.RS256),
    ES256(JWSAlgorithm.ES256);

    private final JWSAlgorithm jws;

    SigningAlgorithm(JWSAlgorithm jws) {
        this.jws = jws;
    }

    public JWSAlgorithm jws() {
        return jws;
    }

    public static Optional<SigningAlgorithm> named(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}

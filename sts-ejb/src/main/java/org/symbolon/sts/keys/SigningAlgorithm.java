package org.symbolon.sts.keys;

import com.nimbusds.jose.JWSAlgorithm;
import java.util.Arrays;
import java.util.Optional;

/** The algorithms Symbolon signs with: one key type per algorithm, never mixed. */
public enum SigningAlgorithm {
    RS256(JWSAlgorithm.RS256, "SHA256withRSA"),
    /** The JCA engine writes DER; JWS wants R and S, 32 bytes each (RFC 7518 section 3.4). */
    ES256(JWSAlgorithm.ES256, "SHA256withECDSA");

    private final JWSAlgorithm jws;
    private final String jca;

    SigningAlgorithm(JWSAlgorithm jws, String jca) {
        this.jws = jws;
        this.jca = jca;
    }

    public JWSAlgorithm jws() {
        return jws;
    }

    /** The JCA signature algorithm that computes this JWS algorithm's signature. */
    public String jca() {
        return jca;
    }

    public static Optional<SigningAlgorithm> named(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}

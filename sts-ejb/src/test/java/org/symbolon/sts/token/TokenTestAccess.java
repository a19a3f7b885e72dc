package org.symbolon.sts.token;

import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.keys.KeyRing;

/** Builds the token issuer and verifier for tests in other packages. */
public final class TokenTestAccess {

    private TokenTestAccess() {
    }

    public static AccessTokenIssuer issuer(StsConfig config, KeyRing ring) {
        AccessTokenIssuer issuer = new AccessTokenIssuer();
        issuer.config = config;
        issuer.keyRing = ring;
        return issuer;
    }

    public static AccessTokenVerifier verifier(StsConfig config, KeyRing ring, RevocationList revocations) {
        AccessTokenVerifier verifier = new AccessTokenVerifier();
        verifier.config = config;
        verifier.keyRing = ring;
        verifier.revocations = revocations;
        return verifier;
    }
}

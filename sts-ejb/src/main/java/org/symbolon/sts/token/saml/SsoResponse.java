package org.symbolon.sts.token.saml;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A successful Web SSO Response to write: the assertion (signed when {@code assertion.sign()}), the
 * exchange it answers, where it is delivered, and how the SP wants it protected.
 *
 * @param destination the assertion consumer URL the Response is posted to
 * @param signResponse whether the Response itself is signed
 * @param encryptTo the SP's encryption certificate, or null to send the assertion in clear
 * @param algorithm what the Response and the assertion are signed with, as the SP chose
 */
public record SsoResponse(SamlAssertionRequest assertion, SsoContext sso, String destination, boolean signResponse,
        X509Certificate encryptTo, SamlSignatureAlgorithm algorithm) {

    public SsoResponse {
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(sso, "sso");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(algorithm, "algorithm");
        if (!signResponse && !assertion.sign()) {
            throw new IllegalArgumentException("a Web SSO response is signed, its assertion or itself");
        }
    }
}

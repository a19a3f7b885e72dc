package org.symbolon.sts.token.saml;

import java.time.Instant;

/**
 * What every step building one assertion sees: the request, our entityID, the times fixed once for it,
 * and for Web SSO the request and session it answers (null otherwise).
 */
record AssertionContext(SamlAssertionRequest request, String issuer, Instant issueInstant, Instant notOnOrAfter,
        SsoContext sso) {
}

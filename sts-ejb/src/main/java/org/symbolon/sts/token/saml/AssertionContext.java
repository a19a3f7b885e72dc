package org.symbolon.sts.token.saml;

import java.time.Instant;

/** What every step building one assertion sees: the request, our entityID and the times fixed once for it. */
record AssertionContext(SamlAssertionRequest request, String issuer, Instant issueInstant, Instant notOnOrAfter) {
}

package org.symbolon.sts.token.saml;

import java.time.Instant;

/** A finished assertion: its XML (an Assertion, or an EncryptedAssertion), its ID and when it stops being valid. */
public record IssuedAssertion(String xml, String id, Instant notOnOrAfter) {
}

package org.symbolon.sts.token.saml;

/**
 * A value meant for a SAML message holds a character XML 1.0 cannot carry (a control character, a
 * lone surrogate). The value came from somewhere (a subject token's claim, a user's attribute), so
 * the caller that knows where answers with its own protocol's error.
 */
public class UnwritableXmlException extends IllegalStateException {

    UnwritableXmlException(String message) {
        super(message);
    }
}

package org.symbolon.sts.token.saml;

/** Incoming SAML (an assertion or metadata) that is refused; the message says why and is safe to show the sender. */
public class SamlRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    public SamlRefusal(String reason) {
        super(reason, null, false, false);
    }
}

package org.symbolon.sts.sso;

/**
 * A request that a service provider is answered with an error status for, rather than an assertion;
 * the message is safe to send it and to show.
 */
public class SsoRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    static final String RESPONDER = "urn:oasis:names:tc:SAML:2.0:status:Responder";
    static final String NO_PASSIVE = "urn:oasis:names:tc:SAML:2.0:status:NoPassive";
    static final String NO_AUTHN_CONTEXT = "urn:oasis:names:tc:SAML:2.0:status:NoAuthnContext";

    private final String statusCode;
    private final String subStatusCode;

    SsoRefusal(String message, String statusCode, String subStatusCode) {
        super(message, null, false, false);
        this.statusCode = statusCode;
        this.subStatusCode = subStatusCode;
    }

    static SsoRefusal invalidNameIdPolicy(String message) {
        return new SsoRefusal(message, AuthnRequestRefusal.REQUESTER, AuthnRequestRefusal.INVALID_NAME_ID_POLICY);
    }

    static SsoRefusal denied(String message) {
        return new SsoRefusal(message, RESPONDER, AuthnRequestRefusal.REQUEST_DENIED);
    }

    static SsoRefusal noAuthnContext(String message) {
        return new SsoRefusal(message, RESPONDER, NO_AUTHN_CONTEXT);
    }

    static SsoRefusal noPassive(String message) {
        return new SsoRefusal(message, RESPONDER, NO_PASSIVE);
    }

    public String statusCode() {
        return statusCode;
    }

    public String subStatusCode() {
        return subStatusCode;
    }
}

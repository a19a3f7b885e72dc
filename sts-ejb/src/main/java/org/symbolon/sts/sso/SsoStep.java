package org.symbolon.sts.sso;

/** What the browser is sent next in a single sign-on or logout flow; the HTTP layer only renders it. */
public sealed interface SsoStep {

    /** A SAML message to the service provider (its ACS or logout endpoint). */
    record Deliver(SamlDelivery delivery) implements SsoStep {
    }

    /** A local page of ours: the login page with a ticket, or the next step of a flow (303). */
    record GoTo(String localPath) implements SsoStep {
    }

    /**
     * A page of ours: an error when nobody verified may be sent a SAML message, or the end of a flow.
     *
     * @param continueTo a local path the page links to, so that nobody is left stranded; or null
     */
    record Page(int status, String title, String message, String continueTo) implements SsoStep {
    }

    static SsoStep page(String message) {
        return new Page(400, "Sign-in request refused", message, null);
    }
}

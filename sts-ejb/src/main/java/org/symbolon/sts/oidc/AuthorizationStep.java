package org.symbolon.sts.oidc;

/**
 * What the authorization endpoint answers: a redirect (to the client, or to the login page), or
 * a refusal shown as an HTML page.
 */
public record AuthorizationStep(String location, AuthorizationRefusal page) {

    public static AuthorizationStep redirect(String location) {
        return new AuthorizationStep(location, null);
    }

    public static AuthorizationStep show(AuthorizationRefusal page) {
        return new AuthorizationStep(null, page);
    }

    public boolean isRedirect() {
        return location != null;
    }
}

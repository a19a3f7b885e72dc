package org.symbolon.sts.rest.oidc;

import jakarta.ws.rs.core.Response;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.oidc.AuthorizationRefusal;
import org.symbolon.sts.rest.login.HtmlPage;

/** The few HTML pages of the OpenID Connect endpoints: a refusal that must not be redirected, and "signed out". */
final class OidcPages {

    private OidcPages() {
    }

    static Response refusal(AuthorizationRefusal refusal) {
        return HtmlPage.error(Response.Status.BAD_REQUEST, "Sign-in request refused",
                "The application sent a sign-in request that cannot be served: " + refusal.description() + " ("
                        + refusal.error() + ").");
    }

    static Response badRequest(String title, StsException e) {
        return HtmlPage.error(Response.Status.BAD_REQUEST, title, e.description() + " (" + e.error() + ").");
    }

    static Response signedOut() {
        return HtmlPage.ok("Signed out", "<h1>Signed out</h1><p>You are signed out. You may close this window.</p>");
    }

    static Response redirect(String location) {
        return Response.seeOther(java.net.URI.create(location)).header("Cache-Control", "no-store").build();
    }
}

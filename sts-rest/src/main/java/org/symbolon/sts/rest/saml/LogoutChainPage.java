package org.symbolon.sts.rest.saml;

import jakarta.ws.rs.core.Response;
import org.symbolon.sts.rest.login.HtmlPage;
import org.symbolon.sts.sso.LogoutChain;
import org.symbolon.sts.sso.SingleLogout;

/**
 * The page of a logout chain in progress: which application has not confirmed yet, and a button that signs
 * out of the others without it (a POST, so that no other site can make the browser skip an application).
 */
final class LogoutChainPage {

    private LogoutChainPage() {
    }

    static Response render(LogoutChain.Status status) {
        String who = HtmlPage.escape(status.waitingFor());
        String state = status.stale()
                ? who + " has not confirmed that you are signed out of it (" + status.waitedSeconds() + " s)."
                : "Waiting for " + who + " to confirm that you are signed out of it.";
        String rest = status.stillToTell() == 0 ? "" : " " + status.stillToTell()
                + (status.stillToTell() == 1 ? " more application is" : " more applications are") + " still to be told.";
        return HtmlPage.ok("Signing out", "<h1>Signing out</h1><p>" + state + rest + "</p>"
                + "<form method=\"post\" action=\"" + SingleLogout.CONTINUE_PATH + "\">"
                + "<button type=\"submit\">Continue signing out</button></form>");
    }
}

package org.symbolon.sts.rest.login;

import static org.symbolon.sts.rest.login.HtmlPage.escape;

import jakarta.ws.rs.core.Response;

/** The username and password form. */
final class LoginPage {

    /** One message for every refusal, so the page never tells whether an account exists. */
    static final String REFUSED = "The username or password is not correct, or this account cannot sign in"
            + " right now. Please try again later.";

    private LoginPage() {
    }

    static Response render(String ticket, String csrf, String relyingParty, String username, boolean refused) {
        StringBuilder body = new StringBuilder("<h1>Sign in</h1>");
        if (relyingParty != null) {
            body.append("<p class=\"muted\">to continue to ").append(escape(relyingParty)).append("</p>");
        }
        if (refused) {
            body.append("<p class=\"error\" role=\"alert\" id=\"login-error\">").append(escape(REFUSED)).append("</p>");
        }
        body.append("<form method=\"post\" action=\"/login\">");
        if (ticket != null) {
            body.append("<input type=\"hidden\" name=\"ticket\" value=\"").append(escape(ticket)).append("\">");
        }
        body.append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(csrf)).append("\">")
                .append("<label for=\"username\">Username</label>")
                .append("<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\"")
                .append(" autocapitalize=\"none\" spellcheck=\"false\" required maxlength=\"256\"")
                .append(username == null || username.isEmpty() ? " autofocus" : "")
                .append(" value=\"").append(escape(username)).append("\"")
                .append(refused ? " aria-describedby=\"login-error\"" : "").append(">")
                .append("<label for=\"password\">Password</label>")
                .append("<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\"")
                .append(" required maxlength=\"1024\"")
                .append(username == null || username.isEmpty() ? "" : " autofocus").append(">")
                .append("<button type=\"submit\">Sign in</button></form>");
        return HtmlPage.ok("Sign in", body.toString());
    }

    static Response signedIn(String username) {
        return HtmlPage.ok("Signed in", "<h1>Signed in</h1><p>You are signed in as <strong>" + escape(username)
                + "</strong>. You can now open your applications without signing in again.</p>");
    }
}

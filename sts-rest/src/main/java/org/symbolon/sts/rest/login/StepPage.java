package org.symbolon.sts.rest.login;

import static org.symbolon.sts.rest.login.HtmlPage.escape;

import jakarta.ws.rs.core.Response;
import org.symbolon.sts.authn.login.LoginStep;
import org.symbolon.sts.authn.login.StepPrompt;

/** The page of a sign-in step after the password, drawn from the step's prompt. */
final class StepPage {

    private StepPage() {
    }

    static Response render(LoginStep step, String chain, String csrf, String relyingParty, String problem) {
        StepPrompt prompt = step.prompt();
        StringBuilder body = new StringBuilder("<h1>").append(escape(prompt.title())).append("</h1>");
        if (relyingParty != null) {
            body.append("<p class=\"muted\">to continue to ").append(escape(relyingParty)).append("</p>");
        }
        body.append("<p>").append(escape(prompt.instructions())).append("</p>");
        if (problem != null) {
            body.append("<p class=\"error\" role=\"alert\" id=\"step-error\">").append(escape(problem)).append("</p>");
        }
        body.append("<form method=\"post\" action=\"/login/").append(escape(step.id())).append("\">")
                .append("<input type=\"hidden\" name=\"chain\" value=\"").append(escape(chain)).append("\">")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(escape(csrf)).append("\">");
        boolean first = true;
        for (StepPrompt.StepField field : prompt.fields()) {
            body.append("<label for=\"").append(escape(field.name())).append("\">").append(escape(field.label()))
                    .append("</label><input type=\"").append(escape(field.type())).append("\" id=\"")
                    .append(escape(field.name())).append("\" name=\"").append(escape(field.name()))
                    .append("\" autocomplete=\"").append(escape(field.autocomplete())).append("\"");
            if (field.inputMode() != null) {
                body.append(" inputmode=\"").append(escape(field.inputMode())).append("\"");
            }
            body.append(" required maxlength=\"").append(field.maxLength()).append("\"")
                    .append(first ? " autofocus" : "")
                    .append(first && problem != null ? " aria-describedby=\"step-error\"" : "").append(">");
            first = false;
        }
        body.append("<button type=\"submit\">").append(escape(prompt.submitLabel())).append("</button></form>");
        return HtmlPage.ok(prompt.title(), body.toString());
    }
}

package org.symbolon.sts.rest.saml;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.symbolon.sts.rest.login.HtmlPage;
import org.symbolon.sts.sso.SamlDelivery;
import org.symbolon.sts.sso.SsoStep;

/** Renders a step of a SAML browser flow: a form or redirect to the SP, a 303 to a page of ours, or an error page. */
final class SsoSteps {

    private SsoSteps() {
    }

    static Response render(SsoStep step) {
        if (step instanceof SsoStep.Deliver deliver) {
            SamlDelivery d = deliver.delivery();
            return SamlDelivery.POST.equals(d.binding())
                    ? PostBindingForm.render(d.location(), d.parameter(), d.xml(), d.relayState())
                    : Response.seeOther(URI.create(d.location())).header("Cache-Control", "no-store").build();
        }
        if (step instanceof SsoStep.GoTo goTo) {
            return Response.seeOther(URI.create(goTo.localPath())).header("Cache-Control", "no-store").build();
        }
        SsoStep.Page page = (SsoStep.Page) step;
        Response.Status status = Response.Status.fromStatusCode(page.status());
        if (page.continueTo() == null) {
            return status == Response.Status.OK ? HtmlPage.ok(page.title(), "<h1>" + HtmlPage.escape(page.title())
                    + "</h1><p>" + HtmlPage.escape(page.message()) + "</p>")
                    : HtmlPage.error(status, page.title(), page.message());
        }
        // a flow that cannot go on still leaves the user a way forward
        return HtmlPage.respond(status, page.title(), "<h1>" + HtmlPage.escape(page.title()) + "</h1><p>"
                + HtmlPage.escape(page.message()) + "</p><p><a href=\"" + HtmlPage.escape(page.continueTo())
                + "\">Continue</a></p>");
    }
}

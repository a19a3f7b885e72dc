package org.symbolon.sts.rest.saml;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.symbolon.sts.rest.login.HtmlPage;

/**
 * The HTTP-POST binding's delivery (SAML bindings 3.5.4): a form that the browser submits to the service
 * provider by a script allowed by nonce, with a button for browsers without script. The message is base64;
 * RelayState goes back exactly as received, escaped for HTML.
 */
public final class PostBindingForm {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PostBindingForm() {
    }

    /** @param parameter {@code SAMLResponse} or {@code SAMLRequest} */
    public static Response render(String action, String parameter, String xml, String relayState) {
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = Base64.getEncoder().encodeToString(nonceBytes);
        String message = Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Continue</title></head>"
                + "<body><form method=\"post\" action=\"" + HtmlPage.escape(action) + "\">"
                + "<input type=\"hidden\" name=\"" + HtmlPage.escape(parameter) + "\" value=\"" + message + "\">"
                + (relayState == null ? "" : "<input type=\"hidden\" name=\"RelayState\" value=\""
                        + HtmlPage.escape(relayState) + "\">")
                + "<noscript><p>Script is off: press Continue to go on.</p></noscript>"
                + "<button type=\"submit\">Continue</button></form>"
                + "<script nonce=\"" + nonce + "\">document.forms[0].submit();</script></body></html>";
        return Response.ok(html, "text/html; charset=UTF-8")
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce
                        + "'; form-action " + origin(action) + "; frame-ancestors 'none'; base-uri 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** The scheme and host of the target, as CSP source; the URL came from registered metadata. */
    private static String origin(String action) {
        java.net.URI uri = java.net.URI.create(action);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}

package org.symbolon.sts.rest.saml;

import static org.symbolon.sts.rest.login.HtmlPage.escape;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.symbolon.sts.rest.login.HtmlPage;

/**
 * The SAML HTTP-POST binding (bindings spec 3.5.4): a form that the browser posts to the SP by
 * itself, or on a button press without JavaScript. The only script allowed on the page is the one
 * line that submits it, pinned by its hash in the Content-Security-Policy.
 */
public final class PostBindingForm {

    private static final String SUBMIT = "document.forms[0].submit();";
    private static final String SUBMIT_SOURCE = "'sha256-" + sha256(SUBMIT) + "'";

    private PostBindingForm() {
    }

    /**
     * @param field {@code SAMLResponse} or {@code SAMLRequest}
     * @param xml the protocol message, base64-encoded here
     * @param relayState returned exactly as received, or null
     */
    public static Response render(String action, String field, String xml, String relayState) {
        String message = Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
        StringBuilder body = new StringBuilder("<h1>Signing you in</h1>")
                .append("<noscript><p>JavaScript is off: press Continue to go on to the application.</p></noscript>")
                .append("<form method=\"post\" action=\"").append(escape(action)).append("\">")
                .append("<input type=\"hidden\" name=\"").append(escape(field)).append("\" value=\"")
                .append(message).append("\">");
        if (relayState != null) {
            body.append("<input type=\"hidden\" name=\"RelayState\" value=\"").append(escape(relayState))
                    .append("\">");
        }
        body.append("<noscript><button type=\"submit\">Continue</button></noscript></form>")
                .append("<script>").append(SUBMIT).append("</script>");
        return HtmlPage.withScript("Signing you in", body.toString(), SUBMIT_SOURCE);
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

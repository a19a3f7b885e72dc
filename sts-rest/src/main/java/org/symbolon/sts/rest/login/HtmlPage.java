package org.symbolon.sts.rest.login;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The plain HTML pages people see (login, sign-out, errors): no JavaScript, one inline style sheet,
 * never cached, never framed, and no referrer leaves them (their URLs can carry tickets).
 */
public final class HtmlPage {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f6f8;color:#1d2733;margin:0}
            main{max-width:24rem;margin:8vh auto;background:#fff;padding:2rem 2.25rem;border-radius:10px;
            box-shadow:0 1px 3px rgba(0,0,0,.12)}
            h1{font-size:1.35rem;margin:0 0 1.25rem}
            p{line-height:1.45}
            label{display:block;font-weight:600;margin:1rem 0 .35rem}
            input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;
            border:1px solid #8a96a3;border-radius:6px}
            input:focus,button:focus{outline:3px solid #3b82f6;outline-offset:1px}
            button{margin-top:1.5rem;width:100%;padding:.7rem;font-size:1rem;font-weight:600;color:#fff;
            background:#1f5fbf;border:0;border-radius:6px;cursor:pointer}
            .error{background:#fdecea;border:1px solid #e0a39c;color:#8a1c13;padding:.75rem;border-radius:6px}
            .muted{color:#566474;font-size:.9rem}
            """;

    private HtmlPage() {
    }

    public static Response ok(String title, String body) {
        return respond(Response.Status.OK, title, body);
    }

    public static Response respond(Response.Status status, String title, String body) {
        return respond(status, title, body, "");
    }

    /**
     * A page whose only script is the one inline script with this CSP source (a {@code 'sha256-...'}
     * hash of its exact text), such as the auto-submitting form of the SAML HTTP-POST binding.
     */
    public static Response withScript(String title, String body, String scriptSource) {
        return respond(Response.Status.OK, title, body, " script-src " + scriptSource + ";");
    }

    private static Response respond(Response.Status status, String title, String body, String scriptPolicy) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + "</title><style>" + STYLE
                + "</style></head><body><main>" + body + "</main></body></html>\n";
        // bytes, not a String: RESTEasy escapes String text/html entities of 400 responses as a whole
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").header("Pragma", "no-cache")
                .header("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none';"
                                + scriptPolicy)
                .header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").build();
    }

    /** An error page: what went wrong in words a user can act on, nothing internal. */
    public static Response error(Response.Status status, String title, String message) {
        return respond(status, title, "<h1>" + escape(title) + "</h1><p class=\"error\" role=\"alert\">"
                + escape(message) + "</p>");
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}

package org.symbolon.sts.rest.oidc;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.oidc.AuthorizationRefusal;

/** The few HTML pages of the OpenID Connect endpoints: a refusal that must not be redirected, and "signed out". */
final class OidcPages {

    private OidcPages() {
    }

    static Response refusal(AuthorizationRefusal refusal) {
        return page(400, "Sign-in request refused", "The application sent a sign-in request that cannot be served: "
                + refusal.description() + " (" + refusal.error() + ").");
    }

    static Response badRequest(String title, StsException e) {
        return page(400, title, e.description() + " (" + e.error() + ").");
    }

    static Response signedOut() {
        return page(200, "Signed out", "You are signed out. You may close this window.");
    }

    static Response redirect(String location) {
        return Response.seeOther(java.net.URI.create(location)).header("Cache-Control", "no-store").build();
    }

    private static Response page(int status, String title, String text) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1><p>" + escape(text) + "</p></body></html>";
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(Character.isISOControl(c) ? '?' : c);
            }
        }
        return out.toString();
    }
}

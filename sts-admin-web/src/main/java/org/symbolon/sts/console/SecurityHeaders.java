package org.symbolon.sts.console;

import java.util.LinkedHashMap;
import java.util.Map;

/** The response headers every console response carries, by path. */
final class SecurityHeaders {

    // the console needs no script at all, nothing inline and nothing from another origin
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    static Map<String, String> forPath(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        if (!ConsoleAccessPolicy.isStaticResource(path)) {
            // pages show configuration; after sign-out the back button must not bring them back from a cache
            headers.put("Cache-Control", "no-store");
        }
        return headers;
    }
}

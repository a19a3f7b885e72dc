package org.symbolon.sts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void pagesAreNeitherFramedNorCachedNorAllowedScripts() {
        Map<String, String> headers = SecurityHeaders.forPath("/clients.xhtml");

        assertEquals("no-store", headers.get("Cache-Control"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        String csp = headers.get("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'none'"));
        assertTrue(csp.contains("frame-ancestors 'none'"));
        assertFalse(csp.contains("script-src"));
        assertFalse(csp.contains("unsafe-inline"));
    }

    @Test
    void stylesheetsMayBeCached() {
        Map<String, String> headers = SecurityHeaders.forPath("/jakarta.faces.resource/console.css.xhtml");

        assertFalse(headers.containsKey("Cache-Control"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    }
}

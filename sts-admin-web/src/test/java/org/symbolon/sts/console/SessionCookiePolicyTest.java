package org.symbolon.sts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionCookiePolicyTest {

    @Test
    void secureCookieCarriesTheHostPrefix() {
        assertEquals("__Host-sts-console", SessionCookiePolicy.cookieName(true));
    }

    @Test
    void plainHttpCookieDropsThePrefixWhichBrowsersWouldOtherwiseRefuse() {
        assertEquals("sts-console", SessionCookiePolicy.cookieName(false));
    }
}

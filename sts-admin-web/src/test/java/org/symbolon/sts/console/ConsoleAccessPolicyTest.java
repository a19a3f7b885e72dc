package org.symbolon.sts.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsoleAccessPolicyTest {

    @Test
    void anonymousVisitorMustSignInBeforeAnyPage() {
        for (String path : new String[] {"/clients.xhtml", "/", "", "/error.html", "/anything",
            "/resources/console.css", "/WEB-INF/web.xml"}) {
            assertTrue(ConsoleAccessPolicy.mustSignInFirst(path, false), path);
        }
    }

    @Test
    void anonymousVisitorReachesSignInPageAndStylesheets() {
        assertFalse(ConsoleAccessPolicy.mustSignInFirst("/login.xhtml", false));
        assertFalse(ConsoleAccessPolicy.mustSignInFirst("/jakarta.faces.resource/console.css.xhtml", false));
    }

    @Test
    void lookalikesOfTheSignInPageAreNotPublic() {
        for (String path : new String[] {"/login.xhtml/clients.xhtml", "/LOGIN.xhtml", "/login.xhtmlx",
            "/sub/login.xhtml", "/jakarta.faces.resourceX/a.css", "/jakarta.faces.resource"}) {
            assertTrue(ConsoleAccessPolicy.mustSignInFirst(path, false), path);
        }
    }

    @Test
    void signedInAdministratorReachesEverything() {
        assertFalse(ConsoleAccessPolicy.mustSignInFirst("/clients.xhtml", true));
        assertFalse(ConsoleAccessPolicy.mustSignInFirst("/", true));
        assertFalse(ConsoleAccessPolicy.mustSignInFirst("/login.xhtml", true));
    }

    @Test
    void missingPathIsNotPublic() {
        assertTrue(ConsoleAccessPolicy.mustSignInFirst(null, false));
    }
}

package org.symbolon.sts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpiredViewRedirectTest {

    @Test
    void expiredSignInPageReloadsWithAnExplanation() {
        assertEquals("/login.xhtml?expired=true", ExpiredViewRedirect.reloadPath("/login.xhtml"));
    }

    @Test
    void expiredClientsPageReloadsItself() {
        assertEquals("/clients.xhtml", ExpiredViewRedirect.reloadPath("/clients.xhtml"));
    }

    @Test
    void expiredPartnerPagesReloadTheListSinceThePartnerIdWasInTheAddress() {
        assertEquals("/partners.xhtml", ExpiredViewRedirect.reloadPath("/partners.xhtml"));
        assertEquals("/partners.xhtml", ExpiredViewRedirect.reloadPath("/partner.xhtml"));
    }

    @Test
    void unknownOrOddViewIdsGoToSignInNeverElsewhere() {
        assertEquals("/login.xhtml?expired=true", ExpiredViewRedirect.reloadPath(null));
        assertEquals("/login.xhtml?expired=true", ExpiredViewRedirect.reloadPath("//evil.test/x.xhtml"));
        assertEquals("/login.xhtml?expired=true", ExpiredViewRedirect.reloadPath("/x\r\nSet-Cookie: a=b.xhtml"));
    }
}

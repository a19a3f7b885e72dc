package org.symbolon.sts.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.session.SessionParticipant;

class LogoutProgressTest {

    private static final SessionParticipant B = new SessionParticipant("saml2", "https://b.example/sp", "nb",
            "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent", "sB");
    private static final SessionParticipant C = new SessionParticipant("saml2", "https://c.example/sp", "nc",
            "urn:oasis:names:tc:SAML:2.0:nameid-format:transient", "sC");

    @Test
    void progressSurvivesBeingParkedBetweenHops() {
        LogoutProgress started = new LogoutProgress("https://a.example/sp", "_req1", "relay", null, List.of(B, C),
                null, null, false);
        LogoutProgress waiting = started.awaiting(B.relyingParty(), "_out1", List.of(C));

        assertEquals(waiting, LogoutProgress.fromParameters(waiting.toParameters()));
        assertEquals(List.of(C), LogoutProgress.fromParameters(waiting.toParameters()).remaining());
    }

    @Test
    void anUnconfirmedHopMakesTheLogoutPartialForGood() {
        LogoutProgress waiting = new LogoutProgress(null, null, null, "/done", List.of(C), B.relyingParty(), "_o",
                false);
        LogoutProgress failed = waiting.answered(false);
        assertTrue(failed.partial());
        assertNull(failed.awaitingSp());
        assertTrue(failed.awaiting(C.relyingParty(), "_o2", List.of()).answered(true).partial());
        assertFalse(waiting.answered(true).partial());
    }

    @Test
    void parkedSsoRequestsKeepEveryValidatedField() {
        SsoRequest request = new SsoRequest("_r", "https://a.example/sp", "https://a.example/acs",
                "urn:oasis:names:tc:SAML:2.0:nameid-format:transient", "state", true, false);
        assertEquals(request, SsoRequest.fromParameters(request.toParameters()));
        SsoRequest unsolicited = new SsoRequest(null, "https://a.example/sp", "https://a.example/acs", null, null,
                false, false);
        assertEquals(unsolicited, SsoRequest.fromParameters(unsolicited.toParameters()));
    }
}

package org.symbolon.sts.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.token.saml.IncomingAuthnRequest.RequestedContext;

class AuthnContextComparisonTest {

    private static final String PPT = AuthnContextComparison.CLASSES + "PasswordProtectedTransport";
    private static final String PASSWORD = AuthnContextComparison.CLASSES + "Password";
    private static final String UNSPECIFIED = AuthnContextComparison.CLASSES + "unspecified";
    private static final String TWO_FACTOR = AuthnContextComparison.CLASSES + "MobileTwoFactorContract";
    private static final String X509 = AuthnContextComparison.CLASSES + "X509";

    private static RequestedContext asked(String comparison, String... refs) {
        return new RequestedContext(comparison, List.of(refs), false);
    }

    @Test
    void noRequestedContextIsAlwaysSatisfied() {
        assertTrue(AuthnContextComparison.satisfies(PPT, null));
    }

    @Test
    void exactNeedsOurClassAmongThoseAskedFor() {
        assertTrue(AuthnContextComparison.satisfies(PPT, asked("exact", X509, PPT)));
        assertFalse(AuthnContextComparison.satisfies(PPT, asked("exact", PASSWORD)));
        assertFalse(AuthnContextComparison.satisfies(PPT, asked("exact", TWO_FACTOR)));
    }

    @Test
    void minimumBetterAndMaximumFollowTheStrengthOrder() {
        Map<RequestedContext, Boolean> cases = Map.of(
                asked("minimum", PASSWORD), true,
                asked("minimum", PPT), true,
                asked("minimum", TWO_FACTOR), false,
                asked("better", UNSPECIFIED), true,
                asked("better", PPT), false,
                asked("better", X509, PASSWORD), true,
                asked("maximum", X509), true,
                asked("maximum", PPT), true,
                asked("maximum", PASSWORD), false);
        cases.forEach((asked, expected) -> assertEquals(expected, AuthnContextComparison.satisfies(PPT, asked),
                asked.toString()));
    }

    @Test
    void aPasswordAndTotpLoginCanReachTimeSyncTokenButNothingStronger() {
        String timeSync = AuthnContextComparison.CLASSES + "TimeSyncToken";
        assertTrue(AuthnContextComparison.reachable(asked("exact", timeSync)));
        assertTrue(AuthnContextComparison.reachable(asked("minimum", PPT)));
        assertTrue(AuthnContextComparison.satisfies(timeSync, asked("minimum", PPT)), "a second factor is stronger");
        assertFalse(AuthnContextComparison.reachable(asked("exact", X509)));
        assertFalse(AuthnContextComparison.reachable(asked("exact", TWO_FACTOR)));
    }

    @Test
    void aClassOutsideTheOrderIsComparedByNameOnly() {
        String custom = "https://example.com/ac/super-strong";
        assertFalse(AuthnContextComparison.satisfies(PPT, asked("minimum", custom)));
        assertFalse(AuthnContextComparison.satisfies(PPT, asked("maximum", custom)));
        assertTrue(AuthnContextComparison.satisfies(custom, asked("exact", custom)));
    }

    @Test
    void aDeclarationReferenceIsNeverSatisfied() {
        RequestedContext declaration = new RequestedContext("exact", List.of(), true);
        assertFalse(AuthnContextComparison.satisfies(PPT, declaration));
        assertTrue(AuthnContextComparison.refusal(PPT, declaration).contains("declarations are not supported"));
    }

    @Test
    void theRequestedContextSurvivesTheLoginPage() {
        SsoRequest request = new SsoRequest("_r", "https://a.example/sp", "https://a.example/acs", null, null, false,
                false, asked("minimum", PASSWORD, X509));
        assertEquals(request, SsoRequest.fromParameters(request.toParameters()));
        SsoRequest none = new SsoRequest("_r", "https://a.example/sp", "https://a.example/acs", null, null, false,
                false);
        assertEquals(none, SsoRequest.fromParameters(none.toParameters()));
    }
}

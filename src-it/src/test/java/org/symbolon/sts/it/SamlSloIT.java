package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Inflater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.LogoutRequest;
import org.opensaml.saml.saml2.core.LogoutResponse;
import org.opensaml.saml.saml2.core.StatusCode;

/**
 * SAML 2.0 Single Logout with Symbolon as identity provider: a service provider's LogoutRequest ends the
 * session, every other SP of the session receives a signed LogoutRequest through the browser, and the SP
 * that asked gets our LogoutResponse; hostile or mismatched requests end nothing.
 */
class SamlSloIT {

    static final String SLO = "/saml2/slo";
    static final String COOKIE = "__Host-symbolon-sso";
    static final String CHAIN_COOKIE = "__Host-symbolon-slo";
    static final String RSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    /** STS_SAML_LOGOUT_RESPONSE_TIMEOUT of the test server (src-it/pom.xml). */
    static final int LOGOUT_RESPONSE_TIMEOUT = 5;
    static final String PARTIAL_LOGOUT = "urn:oasis:names:tc:SAML:2.0:status:PartialLogout";

    @BeforeAll
    static void readOurMetadata() throws Exception {
        SamlSsoIT.readOurMetadata();
    }

    /** A browser signed in at two SPs, and what each received. */
    record SignedIn(Browser browser, SamlSsoIT.User user, SamlSp first, Assertion atFirst, SamlSp second,
            Assertion atSecond) {
    }

    static SignedIn signInAtTwo() {
        SamlSp first = SamlSsoIT.register(new SamlSp(), false, s -> { });
        SamlSp second = SamlSsoIT.register(new SamlSp(), false, s -> { });
        SamlSsoIT.User user = SamlSsoIT.User.create();
        Browser browser = new Browser();
        Assertion atFirst = first.assertion(SamlSsoIT.Reply.of(browser.signInAndFollow(browser.getAndFollow(
                SamlSsoIT.SSO + "?" + first.redirectQuery(SamlSp.xml(first.authnRequest(r -> { })), null, true)),
                user.username(), SamlSsoIT.PASSWORD)).response());
        Assertion atSecond = second.assertion(SamlSsoIT.Reply.of(browser.getAndFollow(SamlSsoIT.SSO + "?"
                + second.redirectQuery(SamlSp.xml(second.authnRequest(r -> { })), null, true))).response());
        return new SignedIn(browser, user, first, atFirst, second, atSecond);
    }

    @Test
    void logoutAtOneSpEndsTheSessionAndTheOtherSpIsToldThroughTheBrowser() {
        SignedIn s = signInAtTwo();
        LogoutRequest request = s.first.logoutRequest(SamlSsoIT.nameId(s.atFirst), SamlSp.PERSISTENT,
                sessionIndex(s.atFirst));
        String cookie = s.browser.cookie(COOKIE);
        assertNotNull(cookie);

        HttpResponse<String> toSecond = s.browser.get(SLO + "?" + s.first.redirectQuery(SamlSp.xml(request),
                "back-to-first", true));
        Redirected told = Redirected.of(toSecond, s.second.slo(), "SAMLRequest");
        LogoutRequest ours = (LogoutRequest) told.message;
        assertEquals(Sts.ISSUER, ours.getIssuer().getValue());
        assertEquals(s.second.slo(), ours.getDestination());
        assertEquals(SamlSsoIT.nameId(s.atSecond), ours.getNameID().getValue(), "the NameID the second SP knows");
        assertEquals(sessionIndex(s.atSecond), ours.getSessionIndexes().get(0).getValue());
        assertNull(s.browser.cookie(COOKIE), "the session cookie is cleared");

        LogoutResponse answer = s.second.logoutResponse(ours.getID(), StatusCode.SUCCESS);
        HttpResponse<String> toFirst = s.browser.get(SLO + "?" + s.second.redirectQuery("SAMLResponse",
                SamlSp.xml(answer), told.relayState, true));
        Redirected done = Redirected.of(toFirst, s.first.slo(), "SAMLResponse");
        LogoutResponse final_ = (LogoutResponse) done.message;
        assertEquals(request.getID(), final_.getInResponseTo());
        assertEquals(StatusCode.SUCCESS, final_.getStatus().getStatusCode().getValue());
        assertNull(final_.getStatus().getStatusCode().getStatusCode(), "every SP confirmed: not partial");
        assertEquals("back-to-first", done.relayState);

        Browser keptTheCookie = new Browser();
        keptTheCookie.setCookie(COOKIE, cookie);
        assertTrue(Browser.isLoginPage(keptTheCookie.getAndFollow(SamlSsoIT.SSO + "?" + s.first.redirectQuery(
                SamlSp.xml(s.first.authnRequest(r -> { })), null, true))), "the session is gone on the server: the old cookie signs nobody in");
    }

    @Test
    void aLogoutThatDoesNotNameTheSessionOrIsNotTrustedEndsNothing() {
        SignedIn s = signInAtTwo();
        String nameId = SamlSsoIT.nameId(s.atFirst);

        Redirected unknown = Redirected.of(s.browser.get(SLO + "?" + s.first.redirectQuery(SamlSp.xml(
                s.first.logoutRequest(nameId, SamlSp.PERSISTENT, "s-not-an-index")), null, true)), s.first.slo(),
                "SAMLResponse");
        assertEquals("urn:oasis:names:tc:SAML:2.0:status:UnknownPrincipal",
                ((LogoutResponse) unknown.message).getStatus().getStatusCode().getStatusCode().getValue());

        Redirected otherSpsIndex = Redirected.of(s.browser.get(SLO + "?" + s.first.redirectQuery(SamlSp.xml(
                s.first.logoutRequest(nameId, SamlSp.PERSISTENT, sessionIndex(s.atSecond))), null, true)),
                s.first.slo(), "SAMLResponse");
        assertEquals(StatusCode.REQUESTER, ((LogoutResponse) otherSpsIndex.message).getStatus().getStatusCode()
                .getValue(), "an SP cannot end a session by another SP's SessionIndex");

        LogoutRequest unsigned = s.first.logoutRequest(nameId, SamlSp.PERSISTENT, sessionIndex(s.atFirst));
        SamlSsoIT.assertErrorPage(s.browser.get(SLO + "?" + s.first.redirectQuery(SamlSp.xml(unsigned), null, false)),
                "unsigned while the SP has a signing certificate");
        LogoutRequest byOtherKey = s.first.logoutRequest(nameId, SamlSp.PERSISTENT, sessionIndex(s.atFirst));
        new SamlIdp.Signer().sign(byOtherKey);
        SamlSsoIT.assertErrorPage(s.browser.post(SLO, Map.of("SAMLRequest", SamlSp.base64(SamlSp.xml(byOtherKey)))),
                "POST signed by a key not in the metadata");
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"x\">]>" + SamlSp.xml(s.first.logoutRequest(
                nameId, SamlSp.PERSISTENT, sessionIndex(s.atFirst))).replaceFirst("<\\?xml[^>]*>", "");
        SamlSsoIT.assertErrorPage(s.browser.get(SLO + "?" + s.first.redirectQuery(dtd, null, true)), "DTD");
        SamlSsoIT.assertErrorPage(s.browser.get(SLO + "?SAMLRequest=!!!"), "garbage");
        SamlSsoIT.assertErrorPage(s.browser.post(SLO, Map.of("SAMLRequest", "!!!")), "garbage by POST");
        HttpResponse<String> strayResponse = s.browser.get(SLO + "?" + s.first.redirectQuery("SAMLResponse",
                SamlSp.xml(s.first.logoutResponse("_nothing", StatusCode.SUCCESS)), "no-such-ticket", true));
        assertEquals(400, strayResponse.statusCode());
        assertTrue(strayResponse.body().contains("href=\"/\""), () -> "a page with a way on, not a dead end: "
                + strayResponse.body());

        assertEquals(StatusCode.SUCCESS, SamlSsoIT.Reply.of(s.browser.getAndFollow(SamlSsoIT.SSO + "?"
                + s.first.redirectQuery(SamlSp.xml(s.first.authnRequest(r -> { })), null, true))).status(),
                "the session is still alive: single sign-on without a prompt");

        LogoutRequest once = s.first.logoutRequest(nameId, SamlSp.PERSISTENT, sessionIndex(s.atFirst));
        String query = s.first.redirectQuery(SamlSp.xml(once), null, true);
        Redirected.of(s.browser.get(SLO + "?" + query), s.second.slo(), "SAMLRequest");
        Redirected replay = Redirected.of(s.browser.get(SLO + "?" + query), s.first.slo(), "SAMLResponse");
        assertEquals(StatusCode.REQUEST_DENIED, ((LogoutResponse) replay.message).getStatus().getStatusCode()
                .getStatusCode().getValue(), "a replayed LogoutRequest is refused");
    }

    @Test
    void ourOwnLogoutTellsEverySamlParticipantAndEndsAtTheLocalPage() {
        SignedIn s = signInAtTwo();
        SamlSsoIT.assertErrorPage(s.browser.get(SLO + "/start?then=" + SamlSp.encode("https://evil.example/")),
                "then must be a local path");

        Redirected toFirst = Redirected.of(s.browser.get(SLO + "/start?then=" + SamlSp.encode("/signed-out?x=1")),
                s.first.slo(), "SAMLRequest");
        LogoutRequest first = (LogoutRequest) toFirst.message;
        assertEquals(SamlSsoIT.nameId(s.atFirst), first.getNameID().getValue());
        Redirected toSecond = Redirected.of(s.browser.get(SLO + "?" + s.first.redirectQuery("SAMLResponse",
                SamlSp.xml(s.first.logoutResponse(first.getID(), StatusCode.SUCCESS)), toFirst.relayState, true)),
                s.second.slo(), "SAMLRequest");
        assertEquals(SamlSsoIT.nameId(s.atSecond), ((LogoutRequest) toSecond.message).getNameID().getValue());

        // the second SP fails to log out: the chain still ends where it should
        HttpResponse<String> end = s.browser.get(SLO + "?" + s.second.redirectQuery("SAMLResponse",
                SamlSp.xml(s.second.logoutResponse(((LogoutRequest) toSecond.message).getID(),
                        StatusCode.RESPONDER)), toSecond.relayState, true));
        assertEquals(303, end.statusCode(), end::body);
        assertEquals("/signed-out?x=1", end.headers().firstValue("Location").map(l -> l.replace(Sts.BASE_URL, ""))
                .orElseThrow());
        assertTrue(Browser.isLoginPage(s.browser.getAndFollow(SamlSsoIT.SSO + "?" + s.second.redirectQuery(
                SamlSp.xml(s.second.authnRequest(r -> { })), null, true))), "signed out");
    }

    @Test
    void theOpenIdConnectLogoutAlsoTellsTheSamlApplications() {
        SignedIn s = signInAtTwo();

        HttpResponse<String> logout = s.browser.get("/oauth2/logout");
        assertEquals(303, logout.statusCode(), logout::body);
        String toSlo = logout.headers().firstValue("Location").orElseThrow();
        assertTrue(toSlo.startsWith("/saml2/slo/start?then=") || toSlo.startsWith(Sts.BASE_URL + "/saml2/slo/start"),
                toSlo);
        Redirected toFirst = Redirected.of(s.browser.get(toSlo), s.first.slo(), "SAMLRequest");
        Redirected toSecond = Redirected.of(s.browser.get(SLO + "?" + s.first.redirectQuery("SAMLResponse",
                SamlSp.xml(s.first.logoutResponse(((LogoutRequest) toFirst.message).getID(), StatusCode.SUCCESS)),
                toFirst.relayState, true)), s.second.slo(), "SAMLRequest");
        HttpResponse<String> back = s.browser.get(SLO + "?" + s.second.redirectQuery("SAMLResponse",
                SamlSp.xml(s.second.logoutResponse(((LogoutRequest) toSecond.message).getID(), StatusCode.SUCCESS)),
                toSecond.relayState, true));

        HttpResponse<String> end = s.browser.follow(back);
        assertEquals(200, end.statusCode(), end::body);
        assertTrue(end.body().contains("You are signed out"), end::body);
        assertTrue(Browser.isLoginPage(s.browser.getAndFollow(SamlSsoIT.SSO + "?" + s.second.redirectQuery(
                SamlSp.xml(s.second.authnRequest(r -> { })), null, true))), "the session is over");
    }

    @Test
    void aLogoutRequestWithoutSessionIndexEndsEverySessionOfThatNameIdAtThatSp() {
        SignedIn s = signInAtTwo();
        Browser phone = new Browser();
        Assertion onPhone = s.first.assertion(SamlSsoIT.Reply.of(phone.signInAndFollow(phone.getAndFollow(
                SamlSsoIT.SSO + "?" + s.first.redirectQuery(SamlSp.xml(s.first.authnRequest(r -> { })), null, true)),
                s.user.username(), SamlSsoIT.PASSWORD)).response());
        assertEquals(SamlSsoIT.nameId(s.atFirst), SamlSsoIT.nameId(onPhone), "one persistent NameID at one SP");

        LogoutRequest request = s.first.logoutRequest(SamlSsoIT.nameId(s.atFirst), SamlSp.PERSISTENT, null);
        request.getSessionIndexes().clear();
        Redirected toSecond = Redirected.of(phone.get(SLO + "?" + s.first.redirectQuery(SamlSp.xml(request), "all",
                true)), s.second.slo(), "SAMLRequest");
        assertEquals(SamlSsoIT.nameId(s.atSecond), ((LogoutRequest) toSecond.message).getNameID().getValue(),
                "the laptop's session ended too, so the SP it also used is told");
        Redirected done = Redirected.of(phone.get(SLO + "?" + s.second.redirectQuery("SAMLResponse", SamlSp.xml(
                s.second.logoutResponse(((LogoutRequest) toSecond.message).getID(), StatusCode.SUCCESS)),
                toSecond.relayState, true)), s.first.slo(), "SAMLResponse");
        LogoutResponse answer = (LogoutResponse) done.message;
        assertEquals(StatusCode.SUCCESS, answer.getStatus().getStatusCode().getValue(), "not UnknownPrincipal");
        assertNull(answer.getStatus().getStatusCode().getStatusCode());
        assertEquals("all", done.relayState);
        for (Browser browser : List.of(s.browser, phone)) {
            assertTrue(Browser.isLoginPage(browser.getAndFollow(SamlSsoIT.SSO + "?" + s.first.redirectQuery(
                    SamlSp.xml(s.first.authnRequest(r -> { })), null, true))), "both sessions ended");
        }
    }

    @Test
    void anSpThatAnswersWithABadSignatureOrNeverAnswersDoesNotTrapTheUserAndTheInitiatorHearsPartialLogout() {
        SignedIn s = signInAtTwo();
        SamlSp third = SamlSsoIT.register(new SamlSp(), false, x -> x.add("displayName", "Travel <desk>"));
        third.assertion(SamlSsoIT.Reply.of(s.browser.getAndFollow(SamlSsoIT.SSO + "?" + third.redirectQuery(
                SamlSp.xml(third.authnRequest(r -> { })), null, true))).response());
        LogoutRequest request = s.first.logoutRequest(SamlSsoIT.nameId(s.atFirst), SamlSp.PERSISTENT,
                sessionIndex(s.atFirst));
        Redirected toSecond = Redirected.of(s.browser.get(SLO + "?" + s.first.redirectQuery(SamlSp.xml(request),
                "from-first", true)), s.second.slo(), "SAMLRequest");
        assertNotNull(s.browser.cookie(CHAIN_COOKIE), "the browser keeps the chain while an SP is asked");

        String forged = new SamlSp().signQuery(s.second.redirectQuery("SAMLResponse", SamlSp.xml(
                s.second.logoutResponse(((LogoutRequest) toSecond.message).getID(), StatusCode.SUCCESS)),
                toSecond.relayState, false));
        Redirected toThird = Redirected.of(s.browser.get(SLO + "?" + forged), third.slo(), "SAMLRequest");

        // the third SP never sends the browser back: the user returns by our own logout link
        HttpResponse<String> viaStart = s.browser.get(SLO + "/start?then=/elsewhere");
        assertEquals(303, viaStart.statusCode(), viaStart::body);
        assertTrue(viaStart.headers().firstValue("Location").orElseThrow().endsWith("/saml2/slo/continue"));
        HttpResponse<String> page = s.browser.get(SLO + "/continue");
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains("Travel &lt;desk&gt;") && page.body().contains("Continue signing out"),
                page::body);
        assertTrue(page.body().contains("method=\"post\""), "continuing is a POST, not a link another site can fire");

        Redirected done = Redirected.of(s.browser.post(SLO + "/continue", Map.of()), s.first.slo(), "SAMLResponse");
        LogoutResponse answer = (LogoutResponse) done.message;
        assertEquals(request.getID(), answer.getInResponseTo());
        assertEquals(StatusCode.SUCCESS, answer.getStatus().getStatusCode().getValue());
        assertEquals(PARTIAL_LOGOUT, answer.getStatus().getStatusCode().getStatusCode().getValue(),
                "two SPs did not confirm");
        assertEquals("from-first", done.relayState);
        assertNull(s.browser.cookie(CHAIN_COOKIE), "the chain is over");

        HttpResponse<String> late = s.browser.get(SLO + "?" + third.redirectQuery("SAMLResponse", SamlSp.xml(
                third.logoutResponse(((LogoutRequest) toThird.message).getID(), StatusCode.SUCCESS)),
                toThird.relayState, true));
        assertEquals(400, late.statusCode(), "a late answer finds the chain over");
        HttpResponse<String> after = s.browser.get(SLO + "/continue");
        assertEquals(200, after.statusCode());
        assertTrue(after.body().contains("You are signed out"), after::body);
        assertTrue(Browser.isLoginPage(s.browser.getAndFollow(SamlSsoIT.SSO + "?" + third.redirectQuery(
                SamlSp.xml(third.authnRequest(r -> { })), null, true))), "signed out");
    }

    @Test
    void aLogoutResponseAfterTheTimeoutCountsAsAFailure() throws Exception {
        SignedIn s = signInAtTwo();
        LogoutRequest request = s.first.logoutRequest(SamlSsoIT.nameId(s.atFirst), SamlSp.PERSISTENT,
                sessionIndex(s.atFirst));
        Redirected toSecond = Redirected.of(s.browser.get(SLO + "?" + s.first.redirectQuery(SamlSp.xml(request),
                null, true)), s.second.slo(), "SAMLRequest");
        Thread.sleep(Duration.ofSeconds(LOGOUT_RESPONSE_TIMEOUT + 1).toMillis());
        HttpResponse<String> page = s.browser.get(SLO + "/continue");
        assertTrue(page.body().contains("has not confirmed"), page::body);

        Redirected done = Redirected.of(s.browser.get(SLO + "?" + s.second.redirectQuery("SAMLResponse", SamlSp.xml(
                s.second.logoutResponse(((LogoutRequest) toSecond.message).getID(), StatusCode.SUCCESS)),
                toSecond.relayState, true)), s.first.slo(), "SAMLResponse");
        assertEquals(PARTIAL_LOGOUT, ((LogoutResponse) done.message).getStatus().getStatusCode().getStatusCode()
                .getValue(), "confirmed too late to count");
    }

    @Test
    void logoutMessagesToAnSpThatChoseRsaSha512AreSignedWithIt() {
        SamlSp sp = SamlSsoIT.register(new SamlSp(), false, x -> x.add("signatureAlgorithm", "RSA-SHA512"));
        SamlSsoIT.User user = SamlSsoIT.User.create();
        Browser browser = new Browser();
        Assertion assertion = sp.assertion(SamlSsoIT.Reply.of(browser.signInAndFollow(browser.getAndFollow(
                SamlSsoIT.SSO + "?" + sp.redirectQuery(SamlSp.xml(sp.authnRequest(r -> { })), null, true)),
                user.username(), SamlSsoIT.PASSWORD)).response());
        LogoutRequest request = sp.logoutRequest(SamlSsoIT.nameId(assertion), SamlSp.PERSISTENT,
                sessionIndex(assertion));
        Redirected done = Redirected.of(browser.get(SLO + "?" + sp.redirectQuery(SamlSp.xml(request), null, true)),
                sp.slo(), "SAMLResponse", RSA_SHA512, "SHA512withRSA");
        assertEquals(StatusCode.SUCCESS, ((LogoutResponse) done.message).getStatus().getStatusCode().getValue());
    }

    static String sessionIndex(Assertion assertion) {
        return assertion.getAuthnStatements().get(0).getSessionIndex();
    }

    /** A message of ours sent by the HTTP-Redirect binding: decoded, its query signature checked. */
    record Redirected(XMLObject message, String relayState) {
        static Redirected of(HttpResponse<String> response, String expectedEndpoint, String parameter) {
            return of(response, expectedEndpoint, parameter, SamlSp.RSA_SHA256, "SHA256withRSA");
        }

        static Redirected of(HttpResponse<String> response, String expectedEndpoint, String parameter, String sigAlg,
                String jcaName) {
            assertEquals(303, response.statusCode(), response::body);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith(expectedEndpoint + "?"), location);
            String query = URI.create(location).getRawQuery();
            Map<String, String> raw = new HashMap<>();
            for (String pair : query.split("&")) {
                raw.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            assertFalse(raw.containsKey(parameter.equals("SAMLRequest") ? "SAMLResponse" : "SAMLRequest"));
            String signed = parameter + "=" + raw.get(parameter)
                    + (raw.containsKey("RelayState") ? "&RelayState=" + raw.get("RelayState") : "")
                    + "&SigAlg=" + raw.get("SigAlg");
            assertEquals(sigAlg, decode(raw.get("SigAlg")));
            assertTrue(verifies(signed, Base64.getDecoder().decode(decode(raw.get("Signature"))), jcaName),
                    "the query signature verifies with a certificate of /saml2/metadata");
            String xml = inflate(Base64.getDecoder().decode(decode(raw.get(parameter))));
            return new Redirected(SamlSp.read(xml), raw.containsKey("RelayState") ? decode(raw.get("RelayState"))
                    : null);
        }

        private static boolean verifies(String signed, byte[] signature, String jcaName) {
            for (X509Certificate certificate : SamlSsoIT.idpCertificates) {
                try {
                    Signature rsa = Signature.getInstance(jcaName);
                    rsa.initVerify(certificate.getPublicKey());
                    rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
                    if (rsa.verify(signature)) {
                        return true;
                    }
                } catch (Exception e) {
                    // the next certificate
                }
            }
            return false;
        }

        private static String decode(String value) {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        }

        private static String inflate(byte[] deflated) {
            try {
                Inflater inflater = new Inflater(true);
                inflater.setInput(deflated);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[4096];
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && inflater.needsInput()) {
                        break;
                    }
                    out.write(buffer, 0, n);
                }
                return out.toString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing in as a chain of steps: the password, then a TOTP code for users enrolled by an administrator. */
class LoginChainIT {

    private static final String SESSION_COOKIE = LoginIT.SESSION_COOKIE;
    private static final String PASSWORD = LoginIT.PASSWORD;
    private static final String CODE_REFUSED = "The code is not correct";
    private static final String TWO_FACTOR = "urn:oasis:names:tc:SAML:2.0:ac:classes:TimeSyncToken";

    private record Enrolled(String id, String username, String secret) {
    }

    private static Enrolled enrolledUser(String name) {
        String username = Sts.uniqueId(name);
        String id = LoginIT.createUser(username, PASSWORD);
        HttpResponse<String> enrolled = AdminApi.admin("POST", "/api/admin/users/" + id + "/totp", null);
        assertEquals(201, enrolled.statusCode(), enrolled::body);
        JsonObject json = Sts.json(enrolled);
        return new Enrolled(id, username, json.getString("secret"));
    }

    private static HttpResponse<String> answerCode(Browser browser, HttpResponse<String> step, String code) {
        return browser.post("/login/otp", Map.of("chain", Browser.hidden(step.body(), "chain"),
                "csrf", Browser.hidden(step.body(), "csrf"), "otp", code));
    }

    @Test
    void enrolmentShowsTheSecretOnceAsBase32AndOtpauthUri() {
        String username = Sts.uniqueId("ivy");
        String id = LoginIT.createUser(username, PASSWORD);
        HttpResponse<String> enrolled = AdminApi.admin("POST", "/api/admin/users/" + id + "/totp", null);

        assertEquals(201, enrolled.statusCode(), enrolled::body);
        String secret = Sts.json(enrolled).getString("secret");
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        String uri = Sts.json(enrolled).getString("otpauthUri");
        assertTrue(uri.startsWith("otpauth://totp/") && uri.contains("secret=" + secret)
                && uri.contains("digits=6") && uri.contains("period=30"), uri);
        HttpResponse<String> user = AdminApi.admin("GET", "/api/admin/users/" + id, null);
        assertFalse(user.body().contains(secret), "never shown again");
        HttpResponse<String> trail = AdminApi.admin("GET", "/api/admin/audit?target=" + id, null);
        assertTrue(trail.body().contains("user.totp.enrol"), trail::body);
        assertFalse(trail.body().contains(secret), "never in the audit trail");
        assertEquals(404, AdminApi.admin("POST", "/api/admin/users/no-such-user/totp", null).statusCode());
    }

    @Test
    void anEnrolledUserGetsASessionOnlyAfterPasswordAndCode() throws Exception {
        Enrolled user = enrolledUser("jack");
        Browser browser = new Browser();

        HttpResponse<String> step = LoginIT.signIn(browser, "/login", user.username(), PASSWORD);

        assertEquals(200, step.statusCode(), step::body);
        assertTrue(step.body().contains("name=\"otp\"") && step.body().contains("autocomplete=\"one-time-code\"")
                && step.body().contains("inputmode=\"numeric\""), step::body);
        assertNull(browser.cookie(SESSION_COOKIE), "no session after the password alone");
        HttpResponse<String> wrong = answerCode(browser, step, TotpCodes.wrongCode(user.secret()));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains(CODE_REFUSED), wrong::body);
        assertNull(browser.cookie(SESSION_COOKIE), "no session after a wrong code");

        String code = TotpCodes.code(user.secret(), TotpCodes.stepNow());
        HttpResponse<String> done = answerCode(browser, wrong, code);

        assertEquals(303, done.statusCode(), done::body);
        assertNotNull(browser.cookie(SESSION_COOKIE));
        assertTrue(browser.follow(done).body().contains("You are signed in"));
        assertEquals(400, answerCode(browser, step, code).statusCode(), "the step's ticket is used up");

        Browser other = new Browser();
        HttpResponse<String> again = LoginIT.signIn(other, "/login", user.username(), PASSWORD);
        HttpResponse<String> replayed = answerCode(other, again, code);
        assertTrue(replayed.body().contains(CODE_REFUSED), "a code is accepted once");
        assertNull(other.cookie(SESSION_COOKIE));
    }

    @Test
    void wrongCodesCountAgainstTheSameAccountLimitsAsWrongPasswords() throws Exception {
        Enrolled user = enrolledUser("oak");
        Browser browser = new Browser();
        HttpResponse<String> step = LoginIT.signIn(browser, "/login", user.username(), PASSWORD);
        for (int i = 0; i < 3; i++) {
            step = answerCode(browser, step, TotpCodes.wrongCode(user.secret()));
            assertTrue(step.body().contains(CODE_REFUSED), step::body);
        }

        HttpResponse<String> password = LoginIT.signIn(new Browser(), "/login", user.username(), PASSWORD);
        assertTrue(password.body().contains(LoginIT.REFUSED), "even the right password waits out the delay");

        Thread.sleep(2_100);
        HttpResponse<String> done = answerCode(browser, step, TotpCodes.code(user.secret(), TotpCodes.stepNow()));
        assertEquals(303, done.statusCode(), "the chain goes on where it was: " + done.body());
    }

    @Test
    void aStaleOrForeignStepTicketGetsTheExpiredPage() {
        Enrolled user = enrolledUser("kim");
        Browser browser = new Browser();
        HttpResponse<String> step = LoginIT.signIn(browser, "/login", user.username(), PASSWORD);
        String chain = Browser.hidden(step.body(), "chain");
        String csrf = Browser.hidden(step.body(), "csrf");

        HttpResponse<String> madeUp = browser.post("/login/otp", Map.of("chain", "x".repeat(43), "csrf", csrf,
                "otp", "123456"));
        HttpResponse<String> otherStep = browser.post("/login/password", Map.of("chain", chain, "csrf", csrf,
                "password", "a new passphrase 77", "confirm", "a new passphrase 77"));
        HttpResponse<String> asLoginTicket = browser.get("/login?ticket=" + chain);
        HttpResponse<String> openedDirectly = browser.get("/login/otp");

        for (HttpResponse<String> refused : List.of(madeUp, otherStep, asLoginTicket, openedDirectly)) {
            assertEquals(400, refused.statusCode(), refused::body);
            assertTrue(refused.body().contains("expired"), refused::body);
        }
        assertNull(browser.cookie(SESSION_COOKIE));
    }

    @Test
    void anOpenIdConnectSignInWithTotpGivesTheTwoFactorAmrAndAcr() throws Exception {
        Enrolled user = enrolledUser("liz");
        URI redirect = URI.create("https://totp.example/cb");
        RegisteredClient client = AdminApi.register(f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array(redirect.toString())).add("scopes", Sts.array()));
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI authorize = new AuthenticationRequest.Builder(new ResponseType("code"), new Scope("openid"),
                new ClientID(client.id()), redirect).state(new State()).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .endpointURI(URI.create(Sts.ISSUER + "/oauth2/authorize")).build().toURI();
        Browser browser = new Browser();
        URI login = Browser.location(browser.get(authorize));

        HttpResponse<String> step = LoginIT.signIn(browser, login.toString(), user.username(), PASSWORD);
        HttpResponse<String> done = answerCode(browser, step, TotpCodes.code(user.secret(), TotpCodes.stepNow()));
        URI callback = Browser.location(browser.get(Browser.location(done)));

        AuthorizationResponse response = AuthorizationResponse.parse(callback);
        assertTrue(response.indicatesSuccess(), callback::toString);
        TokenResponse tokens = OIDCTokenResponseParser.parse(OAuthClient.send(new TokenRequest(Sts.TOKEN_ENDPOINT,
                client.basic(), new AuthorizationCodeGrant(response.toSuccessResponse().getAuthorizationCode(),
                        redirect, verifier))));
        assertTrue(tokens.indicatesSuccess(), () -> tokens.toErrorResponse().getErrorObject().toString());
        IDTokenClaimsSet id = new IDTokenValidator(new Issuer(Sts.ISSUER), new ClientID(client.id()),
                JWSAlgorithm.RS256, Sts.JWKS_URI.toURL())
                .validate(((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken(), nonce);
        assertEquals(user.id(), id.getSubject().getValue());
        assertEquals(List.of("pwd", "otp"), id.getStringListClaim("amr"));
        assertEquals(TWO_FACTOR, id.getStringClaim("acr"));
    }

    @Test
    void aSamlSignInWithTotpCarriesTheTwoFactorAuthnContextAnSpMayRequire() throws Exception {
        Enrolled user = enrolledUser("ned");
        SamlSp sp = SamlSsoIT.register(new SamlSp(), false, s -> s.add("requireSignedAuthnRequests", false));
        Browser browser = new Browser();
        HttpResponse<String> login = browser.getAndFollow(SamlSsoIT.SSO + "?" + sp.redirectQuery(SamlSp.xml(
                sp.authnRequest(SamlSsoIT.asking(org.opensaml.saml.saml2.core.AuthnContextComparisonTypeEnumeration.EXACT,
                        "TimeSyncToken"))), null, false));
        assertTrue(Browser.isLoginPage(login), "a second factor some users have: the login page, not a refusal");

        HttpResponse<String> step = LoginIT.signIn(browser, login.uri().toString(), user.username(), PASSWORD);
        HttpResponse<String> done = answerCode(browser, step, TotpCodes.code(user.secret(), TotpCodes.stepNow()));

        SamlSsoIT.Reply reply = SamlSsoIT.Reply.of(browser.follow(done));
        assertEquals(SamlSsoIT.SUCCESS, reply.status());
        assertEquals(TWO_FACTOR, sp.assertion(reply.response()).getAuthnStatements().get(0).getAuthnContext()
                .getAuthnContextClassRef().getURI());
    }

    @Test
    void removingTotpReturnsTheUserToPasswordOnly() {
        Enrolled user = enrolledUser("max");
        assertEquals(204, AdminApi.admin("DELETE", "/api/admin/users/" + user.id() + "/totp", null).statusCode());
        assertEquals(404, AdminApi.admin("DELETE", "/api/admin/users/" + user.id() + "/totp", null).statusCode(),
                "nothing left to remove");

        Browser browser = new Browser();
        HttpResponse<String> signedIn = LoginIT.signIn(browser, "/login", user.username(), PASSWORD);

        assertEquals(303, signedIn.statusCode(), signedIn::body);
        assertNotNull(browser.cookie(SESSION_COOKIE));
        HttpResponse<String> trail = AdminApi.admin("GET", "/api/admin/audit?target=" + user.id(), null);
        assertTrue(trail.body().contains("user.totp.remove"), trail::body);
    }
}

package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.UserInfoSuccessResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenID Connect code flow as a relying party lives it: the Nimbus OIDC SDK builds requests and
 * validates what comes back, a cookie-keeping HTTP client plays the browser, users come from the admin API.
 */
class OidcCodeFlowIT {

    private static final URI AUTHORIZE = URI.create(Sts.ISSUER + "/oauth2/authorize");
    private static final URI USERINFO = URI.create(Sts.ISSUER + "/oauth2/userinfo");
    private static final URI LOGOUT = URI.create(Sts.ISSUER + "/oauth2/logout");
    private static final URI WEB_REDIRECT = URI.create("https://web.example/callback");
    private static final URI SPA_REDIRECT = URI.create("https://spa.example/cb");
    private static final URI BYE = URI.create("https://web.example/signed-out");
    private static final String PASSWORD = "correct horse battery staple 42";

    private static RegisteredClient web;
    private static RegisteredClient spa;
    private static String username;
    private static String userId;

    @BeforeAll
    static void clientsAndUser() {
        web = AdminApi.register(f -> f.add("grantTypes", Sts.array("authorization_code", "refresh_token"))
                .add("redirectUris", Sts.array(WEB_REDIRECT.toString()))
                .add("postLogoutRedirectUris", Sts.array(BYE.toString())).add("scopes", Sts.array("orders.read")));
        spa = AdminApi.register(f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array(SPA_REDIRECT.toString())).add("tokenEndpointAuthMethod", "none")
                .add("idTokenSigningAlg", "ES256").add("scopes", Sts.array()));
        username = Sts.uniqueId("alice");
        HttpResponse<String> created = AdminApi.admin("POST", "/api/admin/users", Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).add("email", "alice@example.org")
                .add("displayName", "Alice Liddell").build().toString());
        assertEquals(201, created.statusCode(), created::body);
        userId = Sts.json(created).getString("id");
    }

    @Test
    void signInReturnsACodeWhoseTokensValidate() throws Exception {
        Browser browser = new Browser();
        Flow flow = new Flow(web, WEB_REDIRECT, new Scope("openid", "profile", "email"));
        URI login = Browser.location(browser.get(flow.request(null)));
        assertTrue(login.getPath().endsWith("/login"), login.toString());
        AuthorizationSuccessResponse success = flow.success(follow(browser, browser.signIn(login, username, PASSWORD)));
        assertEquals(flow.state, success.getState());
        assertEquals(new Issuer(Sts.ISSUER), success.getIssuer(), "RFC 9207 iss in the response");

        OIDCTokens tokens = flow.redeem(success.getAuthorizationCode());
        IDTokenClaimsSet id = new IDTokenValidator(new Issuer(Sts.ISSUER), new ClientID(web.id()), JWSAlgorithm.RS256,
                Sts.JWKS_URI.toURL()).validate(tokens.getIDToken(), flow.nonce);
        assertEquals(userId, id.getSubject().getValue());
        assertEquals("alice@example.org", id.getStringClaim("email"));
        assertEquals("Alice Liddell", id.getStringClaim("name"));
        assertEquals(username.toLowerCase(), id.getStringClaim("preferred_username"));
        assertNotNull(id.getAuthenticationTime());
        assertNotNull(id.getStringClaim("sid"));
        assertNotNull(id.getAccessTokenHash());
        assertNotNull(tokens.getRefreshToken());
        assertTrue(OAuthClient.isActive(web.basic(), tokens.getAccessToken().getValue()));
    }

    @Test
    void aSecondClientSignsInWithoutAPasswordAndAPublicClientRedeemsWithPkceAlone() throws Exception {
        Browser browser = signedIn();
        Flow flow = new Flow(spa, SPA_REDIRECT, new Scope("openid"));
        AuthorizationSuccessResponse success = flow.success(Browser.location(browser.get(flow.request(null))));
        OIDCTokens tokens = flow.redeem(success.getAuthorizationCode());
        IDTokenClaimsSet id = new IDTokenValidator(new Issuer(Sts.ISSUER), new ClientID(spa.id()), JWSAlgorithm.ES256,
                Sts.JWKS_URI.toURL()).validate(tokens.getIDToken(), flow.nonce);
        assertEquals(userId, id.getSubject().getValue());
        assertNull(tokens.getRefreshToken(), "this client has no refresh_token grant");
    }

    @Test
    void withoutASessionTheRequestWaitsAtTheLoginPage() {
        Flow flow = new Flow(web, WEB_REDIRECT, new Scope("openid"));
        URI login = Browser.location(new Browser().get(flow.request(b -> b.loginHint(username))));
        assertEquals(URI.create(Sts.ISSUER + "/login").getPath(), login.getPath());
        assertTrue(login.getQuery().startsWith("ticket="), login.toString());
        HttpResponse<String> resumedWithoutSignIn = new Browser().get(URI.create(Sts.ISSUER
                + "/oauth2/authorize/resume?" + login.getRawQuery()));
        AuthorizationErrorResponse error = flow.error(Browser.location(resumedWithoutSignIn));
        assertEquals("login_required", error.getErrorObject().getCode());
        HttpResponse<String> again = new Browser().get(URI.create(Sts.ISSUER + "/oauth2/authorize/resume?"
                + login.getRawQuery()));
        assertEquals(400, again.statusCode(), "a ticket is used once");
    }

    @Test
    void promptLoginAsksForThePasswordAgain() {
        Browser browser = signedIn();
        Flow flow = new Flow(web, WEB_REDIRECT, new Scope("openid"));
        URI next = Browser.location(browser.get(flow.request(b -> b.prompt(new Prompt(Prompt.Type.LOGIN)))));
        assertTrue(next.getPath().endsWith("/login"), next.toString());
        flow.success(follow(browser, browser.signIn(next, username, PASSWORD)));
    }

    @Test
    void promptNoneWithoutASessionAnswersLoginRequired() {
        Flow flow = new Flow(web, WEB_REDIRECT, new Scope("openid"));
        AuthorizationErrorResponse error = flow.error(Browser.location(new Browser().get(
                flow.request(b -> b.prompt(new Prompt(Prompt.Type.NONE))))));
        assertEquals("login_required", error.getErrorObject().getCode());
        assertEquals(flow.state, error.getState());
        assertEquals(new Issuer(Sts.ISSUER), error.getIssuer());
    }

    @Test
    void maxAgeSendsAnOldSignInBackToTheLoginPage() throws Exception {
        Browser browser = signedIn();
        Thread.sleep(2100);
        Flow old = new Flow(web, WEB_REDIRECT, new Scope("openid"));
        URI next = Browser.location(browser.get(old.request(b -> b.maxAge(1))));
        assertTrue(next.getPath().endsWith("/login"), next.toString());
        Flow recent = new Flow(web, WEB_REDIRECT, new Scope("openid"));
        recent.success(Browser.location(browser.get(recent.request(b -> b.maxAge(3600)))));
    }

    @Test
    void aWrongPkceVerifierIsRefused() throws Exception {
        Flow flow = new Flow(web, WEB_REDIRECT, new Scope("openid"));
        AuthorizationCode code = flow.success(Browser.location(signedIn().get(flow.request(null))))
                .getAuthorizationCode();
        TokenErrorResponse error = tokenError(new TokenRequest(Sts.TOKEN_ENDPOINT, web.basic(),
                new AuthorizationCodeGrant(code, WEB_REDIRECT, new CodeVerifier())));
        assertEquals("invalid_grant", error.getErrorObject().getCode());
    }

    @Test
    void aReplayedCodeIsRefusedAndRevokesItsTokens() throws Exception {
        Flow flow = new Flow(web, WEB_REDIRECT, new Scope("openid"));
        AuthorizationCode code = flow.success(Browser.location(signedIn().get(flow.request(null))))
                .getAuthorizationCode();
        OIDCTokens tokens = flow.redeem(code);
        TokenErrorResponse replay = tokenError(new TokenRequest(Sts.TOKEN_ENDPOINT, web.basic(),
                new AuthorizationCodeGrant(code, WEB_REDIRECT, flow.verifier)));
        assertEquals("invalid_grant", replay.getErrorObject().getCode());
        assertFalse(OAuthClient.isActive(web.basic(), tokens.getAccessToken().getValue()));
        assertEquals("invalid_grant", tokenError(new TokenRequest(Sts.TOKEN_ENDPOINT, web.basic(),
                new RefreshTokenGrant(tokens.getRefreshToken()))).getErrorObject().getCode());
    }

    @Test
    void anUnregisteredRedirectUriGetsAnErrorPageNeverARedirect() {
        Flow flow = new Flow(web, URI.create("https://evil.example/callback"), new Scope("openid"));
        HttpResponse<String> page = new Browser().get(flow.request(null));
        assertEquals(400, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.headers().firstValue("Location").isEmpty());
        assertFalse(page.body().contains("evil.example"), "nothing of the bad URI is echoed");
    }

    @Test
    void refreshTokensRotateAndAReusedOneRevokesTheFamily() throws Exception {
        Flow flow = new Flow(web, WEB_REDIRECT, new Scope("openid", "orders.read"));
        OIDCTokens first = flow.redeem(flow.success(Browser.location(signedIn().get(flow.request(null))))
                .getAuthorizationCode());
        OIDCTokenResponse second = refresh(first.getRefreshToken(), new Scope("orders.read"));
        assertEquals(new Scope("orders.read"), second.getOIDCTokens().getAccessToken().getScope());
        RefreshToken rotated = second.getOIDCTokens().getRefreshToken();
        assertNotEquals(first.getRefreshToken(), rotated);
        assertEquals("invalid_scope", tokenError(new TokenRequest(Sts.TOKEN_ENDPOINT, web.basic(),
                new RefreshTokenGrant(rotated), new Scope("openid", "email"))).getErrorObject().getCode());

        assertEquals("invalid_grant", tokenError(new TokenRequest(Sts.TOKEN_ENDPOINT, web.basic(),
                new RefreshTokenGrant(first.getRefreshToken()))).getErrorObject().getCode());
        assertEquals("invalid_grant", tokenError(new TokenRequest(Sts.TOKEN_ENDPOINT, web.basic(),
                new RefreshTokenGrant(rotated))).getErrorObject().getCode(), "the whole family is revoked");
        assertFalse(OAuthClient.isActive(web.basic(), second.getOIDCTokens().getAccessToken().getValue()));
        assertFalse(OAuthClient.isActive(web.basic(), rotated.getValue()));
    }

    @Test
    void userinfoAnswersTheTokensUserByScope() throws Exception {
        Flow flow = new Flow(web, WEB_REDIRECT, new Scope("openid", "email"));
        OIDCTokens tokens = flow.redeem(flow.success(Browser.location(signedIn().get(flow.request(null))))
                .getAuthorizationCode());
        UserInfoResponse response = UserInfoResponse.parse(OAuthClient.send(new UserInfoRequest(USERINFO,
                tokens.getBearerAccessToken())));
        UserInfoSuccessResponse info = assertInstanceOf(UserInfoSuccessResponse.class, response, () ->
                response.toErrorResponse().getErrorObject().toString());
        assertEquals(userId, info.getUserInfo().getSubject().getValue());
        assertEquals("alice@example.org", info.getUserInfo().getEmailAddress());
        assertNull(info.getUserInfo().getName(), "profile was not granted");

        HttpResponse<String> anonymous = new Browser().get(USERINFO);
        assertEquals(401, anonymous.statusCode());
        assertEquals("Bearer realm=\"symbolon\"", anonymous.headers().firstValue("WWW-Authenticate").orElseThrow());
        HTTPResponse machine = OAuthClient.send(new UserInfoRequest(USERINFO,
                new com.nimbusds.oauth2.sdk.token.BearerAccessToken(OAuthClient.accessToken(
                        AdminApi.register().basic()))));
        assertEquals(403, machine.getStatusCode(), "a token without openid");
        assertTrue(machine.getHeaderValue("WWW-Authenticate").contains("insufficient_scope"));
    }

    @Test
    void logoutEndsTheSessionAndItsTokensAndReturnsOnlyToARegisteredAddress() throws Exception {
        Browser browser = signedIn();
        Flow flow = new Flow(web, WEB_REDIRECT, new Scope("openid"));
        OIDCTokens tokens = flow.redeem(flow.success(Browser.location(browser.get(flow.request(null))))
                .getAuthorizationCode());
        Browser elsewhere = signedIn();
        Flow other = new Flow(web, WEB_REDIRECT, new Scope("openid"));
        OIDCTokens otherTokens = other.redeem(other.success(Browser.location(elsewhere.get(other.request(null))))
                .getAuthorizationCode());
        String accessToken = tokens.getAccessToken().getValue();
        assertTrue(OAuthClient.isActive(web.basic(), accessToken));

        State state = new State();
        URI back = Browser.location(browser.get(new LogoutRequest(LOGOUT, tokens.getIDToken(), BYE, state).toURI()));
        assertEquals(BYE.toString() + "?state=" + state.getValue(), back.toString());
        assertFalse(OAuthClient.isActive(web.basic(), accessToken), "the session's access token ends with it");
        if (tokens.getRefreshToken() != null) {
            assertFalse(OAuthClient.isActive(web.basic(), tokens.getRefreshToken().getValue()));
        }
        assertTrue(OAuthClient.isActive(web.basic(), otherTokens.getAccessToken().getValue()),
                "the same user's other session keeps its tokens");

        Flow after = new Flow(web, WEB_REDIRECT, new Scope("openid"));
        assertEquals("login_required", after.error(Browser.location(browser.get(after.request(
                b -> b.prompt(new Prompt(Prompt.Type.NONE)))))).getErrorObject().getCode());

        HttpResponse<String> page = signedIn().get(new LogoutRequest(LOGOUT, tokens.getIDToken(),
                URI.create("https://evil.example/"), state).toURI());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("signed out"), page.body());
    }

    /** A browser with a fresh session: signed in through the web client's flow. */
    private static Browser signedIn() {
        Browser browser = new Browser();
        Flow flow = new Flow(web, WEB_REDIRECT, new Scope("openid"));
        URI login = Browser.location(browser.get(flow.request(null)));
        flow.success(follow(browser, browser.signIn(login, username, PASSWORD)));
        return browser;
    }

    /** From the login page's redirect (resume) on to where the authorization endpoint sends the browser. */
    private static URI follow(Browser browser, URI resume) {
        return Browser.location(browser.get(resume));
    }

    private static OIDCTokenResponse refresh(RefreshToken token, Scope scope) throws Exception {
        TokenResponse response = OIDCTokenResponseParser.parse(OAuthClient.send(new TokenRequest(Sts.TOKEN_ENDPOINT,
                web.basic(), new RefreshTokenGrant(token), scope)));
        assertTrue(response.indicatesSuccess(), () -> response.toErrorResponse().getErrorObject().toString());
        return (OIDCTokenResponse) response.toSuccessResponse();
    }

    private static TokenErrorResponse tokenError(TokenRequest request) throws Exception {
        TokenResponse response = OIDCTokenResponseParser.parse(OAuthClient.send(request));
        assertFalse(response.indicatesSuccess(), "expected a refusal");
        return response.toErrorResponse();
    }

    /** One authorization request with its state, nonce and PKCE verifier. */
    private static final class Flow {

        final RegisteredClient client;
        final URI redirect;
        final Scope scope;
        final State state = new State();
        final Nonce nonce = new Nonce();
        final CodeVerifier verifier = new CodeVerifier();

        Flow(RegisteredClient client, URI redirect, Scope scope) {
            this.client = client;
            this.redirect = redirect;
            this.scope = scope;
        }

        URI request(java.util.function.Consumer<AuthenticationRequest.Builder> extra) {
            AuthenticationRequest.Builder builder = new AuthenticationRequest.Builder(new ResponseType("code"), scope,
                    new ClientID(client.id()), redirect).state(state).nonce(nonce)
                    .codeChallenge(verifier, CodeChallengeMethod.S256).endpointURI(AUTHORIZE);
            if (extra != null) {
                extra.accept(builder);
            }
            return builder.build().toURI();
        }

        AuthorizationSuccessResponse success(URI location) {
            AuthorizationResponse response = parse(location);
            assertTrue(response.indicatesSuccess(), () -> location.toString());
            return response.toSuccessResponse();
        }

        AuthorizationErrorResponse error(URI location) {
            AuthorizationResponse response = parse(location);
            assertFalse(response.indicatesSuccess(), location::toString);
            return response.toErrorResponse();
        }

        OIDCTokens redeem(AuthorizationCode code) throws Exception {
            ClientAuthentication auth = client.secret() == null ? null : client.basic();
            AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, redirect, verifier);
            TokenRequest request = auth == null ? new TokenRequest(Sts.TOKEN_ENDPOINT, new ClientID(client.id()), grant)
                    : new TokenRequest(Sts.TOKEN_ENDPOINT, auth, grant);
            TokenResponse response = OIDCTokenResponseParser.parse(OAuthClient.send(request));
            assertTrue(response.indicatesSuccess(), () -> response.toErrorResponse().getErrorObject().toString());
            return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
        }

        private AuthorizationResponse parse(URI location) {
            assertTrue(location.toString().startsWith(redirect.toString()), location::toString);
            try {
                return AuthorizationResponse.parse(location);
            } catch (com.nimbusds.oauth2.sdk.ParseException e) {
                throw new AssertionError("not an authorization response: " + location, e);
            }
        }
    }

}

package org.symbolon.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.OidcSettings;

class AuthorizationRequestReaderTest {

    private static final String CHALLENGE = Pkce.challengeOf("verifier-0123456789-0123456789-0123456789-abc");

    private final Client web = OidcTestClients.web();
    private final Client spa = OidcTestClients.spa();
    private final Client machine = OidcTestClients.client("machine", Set.of("client_credentials"),
            List.of("https://machine.example/cb"), OidcSettings.DEFAULT);
    private final Client relaxed = OidcTestClients.client("relaxed", Set.of("authorization_code"),
            List.of("https://relaxed.example/cb?tenant=a"),
            new OidcSettings("client_secret_basic", false, OidcSettings.PUBLIC, null, List.of(), null, null));
    private final AuthorizationRequestReader reader = new AuthorizationRequestReader();

    AuthorizationRequestReaderTest() {
        reader.clients = OidcTestClients.directory(web, spa, machine, relaxed,
                OidcTestClients.disabled(OidcTestClients.client("off", Set.of("authorization_code"),
                        List.of("https://off.example/cb"), OidcSettings.DEFAULT)));
    }

    @Test
    void aCompleteRequestIsReadWithEveryParameter() {
        Map<String, List<String>> q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.put("prompt", List.of("login"));
        q.put("max_age", List.of("600"));
        q.put("login_hint", List.of("alice"));
        q.put("ui_locales", List.of("de en"));
        AuthorizationRequest r = assertInstanceOf(AuthorizationRequest.class, reader.read(q));
        assertEquals("web", r.client().clientId());
        assertEquals(OidcTestClients.WEB_REDIRECT, r.redirectUri());
        assertEquals(Set.of("openid", "profile"), r.scopes());
        assertEquals("xyz", r.state());
        assertEquals("n-1", r.nonce());
        assertEquals(CHALLENGE, r.codeChallenge());
        assertTrue(r.openid());
        assertTrue(r.promptLogin());
        assertEquals(600, r.maxAge());
        assertEquals("alice", r.loginHint());
        assertEquals("de en", r.uiLocales());
    }

    @Test
    void withoutOpenidItIsAPlainOAuthRequest() {
        Map<String, List<String>> q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.put("scope", List.of("orders.read"));
        AuthorizationRequest r = assertInstanceOf(AuthorizationRequest.class, reader.read(q));
        assertFalse(r.openid());
    }

    @Test
    void unknownMissingOrDisabledClientIsShownAsAPage() {
        assertPage(valid("nobody", OidcTestClients.WEB_REDIRECT));
        assertPage(valid("off", "https://off.example/cb"));
        Map<String, List<String>> q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.remove("client_id");
        assertPage(q);
    }

    @Test
    void missingOrUnregisteredRedirectUriIsShownAsAPageNeverRedirected() {
        Map<String, List<String>> q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.remove("redirect_uri");
        assertPage(q);
        assertPage(valid("web", "https://evil.example/callback"));
        assertPage(valid("web", OidcTestClients.WEB_REDIRECT + "/"));
        assertPage(valid("web", OidcTestClients.WEB_REDIRECT + "?x=1"));
        assertPage(valid("web", "https://WEB.example/callback"));
    }

    @Test
    void aRepeatedParameterIsShownAsAPage() {
        Map<String, List<String>> q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.put("state", List.of("a", "b"));
        AuthorizationRefusal refusal = assertPage(q);
        assertTrue(refusal.description().contains("state"));
        q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.put("redirect_uri", List.of(OidcTestClients.WEB_REDIRECT, "https://evil.example/"));
        assertPage(q);
    }

    @Test
    void responseTypeOtherThanCodeIsRedirectedAsUnsupported() {
        for (String type : List.of("token", "id_token", "code id_token")) {
            Map<String, List<String>> q = valid("web", OidcTestClients.WEB_REDIRECT);
            q.put("response_type", List.of(type));
            assertRedirect(q, "unsupported_response_type", OidcTestClients.WEB_REDIRECT);
        }
        Map<String, List<String>> q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.remove("response_type");
        assertRedirect(q, "invalid_request", OidcTestClients.WEB_REDIRECT);
    }

    @Test
    void clientWithoutTheCodeGrantIsUnauthorized() {
        assertRedirect(valid("machine", "https://machine.example/cb"), "unauthorized_client",
                "https://machine.example/cb");
    }

    @Test
    void missingPkceIsRefusedForPublicAndConfidentialClients() {
        for (String id : List.of("spa", "web")) {
            String redirect = id.equals("spa") ? OidcTestClients.SPA_REDIRECT : OidcTestClients.WEB_REDIRECT;
            Map<String, List<String>> q = valid(id, redirect);
            q.remove("code_challenge");
            q.remove("code_challenge_method");
            assertRedirect(q, "invalid_request", redirect);
        }
    }

    @Test
    void aConfidentialClientThatOptedOutMayOmitPkce() {
        Map<String, List<String>> q = valid("relaxed", "https://relaxed.example/cb?tenant=a");
        q.remove("code_challenge");
        q.remove("code_challenge_method");
        AuthorizationRequest r = assertInstanceOf(AuthorizationRequest.class, reader.read(q));
        assertNull(r.codeChallenge());
    }

    @Test
    void plainMissingMethodOrMalformedChallengeIsRefused() {
        Map<String, List<String>> plain = valid("spa", OidcTestClients.SPA_REDIRECT);
        plain.put("code_challenge_method", List.of("plain"));
        assertRedirect(plain, "invalid_request", OidcTestClients.SPA_REDIRECT);
        Map<String, List<String>> noMethod = valid("spa", OidcTestClients.SPA_REDIRECT);
        noMethod.remove("code_challenge_method");
        assertRedirect(noMethod, "invalid_request", OidcTestClients.SPA_REDIRECT);
        Map<String, List<String>> shortOne = valid("spa", OidcTestClients.SPA_REDIRECT);
        shortOne.put("code_challenge", List.of("abc"));
        assertRedirect(shortOne, "invalid_request", OidcTestClients.SPA_REDIRECT);
        Map<String, List<String>> methodOnly = valid("spa", OidcTestClients.SPA_REDIRECT);
        methodOnly.remove("code_challenge");
        assertRedirect(methodOnly, "invalid_request", OidcTestClients.SPA_REDIRECT);
    }

    @Test
    void unknownScopesAreInvalid() {
        Map<String, List<String>> q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.put("scope", List.of("openid admin.everything"));
        assertRedirect(q, "invalid_scope", OidcTestClients.WEB_REDIRECT);
    }

    @Test
    void promptNoneWithOthersOrUnknownPromptIsInvalid() {
        for (String prompt : List.of("none login", "login none", "sometimes")) {
            Map<String, List<String>> q = valid("web", OidcTestClients.WEB_REDIRECT);
            q.put("prompt", List.of(prompt));
            assertRedirect(q, "invalid_request", OidcTestClients.WEB_REDIRECT);
        }
        Map<String, List<String>> none = valid("web", OidcTestClients.WEB_REDIRECT);
        none.put("prompt", List.of("none"));
        assertTrue(assertInstanceOf(AuthorizationRequest.class, reader.read(none)).promptNone());
    }

    @Test
    void badMaxAgeOrResponseModeIsInvalid() {
        Map<String, List<String>> q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.put("max_age", List.of("-1"));
        assertRedirect(q, "invalid_request", OidcTestClients.WEB_REDIRECT);
        q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.put("response_mode", List.of("fragment"));
        assertRedirect(q, "invalid_request", OidcTestClients.WEB_REDIRECT);
    }

    @Test
    void requestObjectsAreNotSupported() {
        Map<String, List<String>> q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.put("request", List.of("eyJhbGciOiJub25lIn0.e30."));
        assertRedirect(q, "request_not_supported", OidcTestClients.WEB_REDIRECT);
        q = valid("web", OidcTestClients.WEB_REDIRECT);
        q.put("request_uri", List.of("https://web.example/request.jwt"));
        assertRedirect(q, "request_uri_not_supported", OidcTestClients.WEB_REDIRECT);
    }

    @Test
    void anErrorRedirectCarriesStateAndIssuerAndKeepsTheRedirectQuery() {
        Map<String, List<String>> q = valid("relaxed", "https://relaxed.example/cb?tenant=a");
        q.put("response_type", List.of("token"));
        q.put("state", List.of("s p&a"));
        AuthorizationRefusal refusal = assertRedirect(q, "unsupported_response_type",
                "https://relaxed.example/cb?tenant=a");
        String location = refusal.location("https://sts.test");
        assertTrue(location.startsWith("https://relaxed.example/cb?tenant=a&error=unsupported_response_type&"),
                location);
        assertTrue(location.contains("&state=s+p%26a&"), location);
        assertTrue(location.endsWith("&iss=https%3A%2F%2Fsts.test"), location);
    }

    private static Map<String, List<String>> valid(String clientId, String redirectUri) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("client_id", List.of(clientId));
        q.put("redirect_uri", List.of(redirectUri));
        q.put("response_type", List.of("code"));
        q.put("scope", List.of("openid profile"));
        q.put("state", List.of("xyz"));
        q.put("nonce", List.of("n-1"));
        q.put("code_challenge", List.of(CHALLENGE));
        q.put("code_challenge_method", List.of("S256"));
        return q;
    }

    private AuthorizationRefusal assertPage(Map<String, List<String>> q) {
        AuthorizationRefusal refusal = assertInstanceOf(AuthorizationRefusal.class, reader.read(q));
        assertTrue(refusal.shownAsPage(), refusal.toString());
        return refusal;
    }

    private AuthorizationRefusal assertRedirect(Map<String, List<String>> q, String error, String redirectUri) {
        AuthorizationRefusal refusal = assertInstanceOf(AuthorizationRefusal.class, reader.read(q));
        assertFalse(refusal.shownAsPage(), refusal.toString());
        assertEquals(error, refusal.error(), refusal.toString());
        assertEquals(redirectUri, refusal.redirectUri());
        assertEquals(q.containsKey("state") ? q.get("state").get(0) : null, refusal.state());
        return refusal;
    }
}

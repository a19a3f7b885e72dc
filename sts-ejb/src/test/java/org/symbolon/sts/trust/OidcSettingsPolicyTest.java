package org.symbolon.sts.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.error.StsException;

class OidcSettingsPolicyTest {

    private static final Set<String> CODE = Set.of("authorization_code", "refresh_token");
    private static final List<String> REDIRECTS = List.of("https://app.example/cb");

    @Test
    void defaultsAreAConfidentialClientWithPkcePublicSubjectsAndTheClientsAlgorithm() {
        OidcSettings s = OidcSettingsPolicy.check(null, CODE, REDIRECTS, false, "ES256", 28800);
        assertEquals("client_secret_basic", s.tokenEndpointAuthMethod());
        assertFalse(s.isPublicClient());
        assertTrue(s.pkceRequired());
        assertEquals("public", s.subjectType());
        assertEquals("ES256", s.idTokenSigningAlg());
        assertEquals(28800, s.refreshTokenLifetime());
        assertEquals("private_key_jwt", OidcSettingsPolicy.check(null, CODE, REDIRECTS, true, "RS256", 60)
                .tokenEndpointAuthMethod());
    }

    @Test
    void aPublicClientAlwaysNeedsPkceAndOnlyBrowserGrants() {
        OidcSettings s = OidcSettingsPolicy.check(registration("none", null, null, null), CODE, REDIRECTS, false,
                "RS256", 28800);
        assertTrue(s.isPublicClient());
        assertTrue(s.pkceRequired());
        assertField("requirePkce", () -> OidcSettingsPolicy.check(registration("none", false, null, null), CODE,
                REDIRECTS, false, "RS256", 28800));
        assertField("grantTypes", () -> OidcSettingsPolicy.check(registration("none", null, null, null),
                Set.of("authorization_code", "client_credentials"), REDIRECTS, false, "RS256", 28800));
        assertField("tokenEndpointAuthMethod", () -> OidcSettingsPolicy.check(registration("none", null, null, null),
                CODE, REDIRECTS, true, "RS256", 28800));
    }

    @Test
    void aConfidentialClientMayOptOutOfPkce() {
        assertFalse(OidcSettingsPolicy.check(registration(null, false, null, null), CODE, REDIRECTS, false, "RS256",
                28800).pkceRequired());
    }

    @Test
    void pairwiseNeedsOneSector() {
        OidcSettings s = OidcSettingsPolicy.check(registration(null, null, "pairwise", null), CODE,
                List.of("https://App.example/cb", "https://app.example/other"), false, "RS256", 28800);
        assertEquals("app.example", s.sectorIdentifier());
        assertField("sectorIdentifier", () -> OidcSettingsPolicy.check(registration(null, null, "pairwise", null),
                CODE, List.of("https://a.example/cb", "https://b.example/cb"), false, "RS256", 28800));
        assertEquals("example.org", OidcSettingsPolicy.check(registration(null, null, "pairwise", "example.org"), CODE,
                List.of("https://a.example/cb", "https://b.example/cb"), false, "RS256", 28800).sectorIdentifier());
        assertField("subjectType", () -> OidcSettingsPolicy.check(registration(null, null, "secret", null), CODE,
                REDIRECTS, false, "RS256", 28800));
    }

    @Test
    void eachBadSettingIsNamed() {
        assertField("tokenEndpointAuthMethod", () -> OidcSettingsPolicy.check(registration("tls_client_auth", null,
                null, null), CODE, REDIRECTS, false, "RS256", 28800));
        assertField("redirectUris", () -> OidcSettingsPolicy.check(null, CODE, List.of(), false, "RS256", 28800));
        assertField("grantTypes", () -> OidcSettingsPolicy.check(null, Set.of("refresh_token"), REDIRECTS, false,
                "RS256", 28800));
        assertField("idTokenSigningAlg", () -> OidcSettingsPolicy.check(new OidcRegistration(null, null, null, null,
                null, "HS256", null), CODE, REDIRECTS, false, "RS256", 28800));
        assertField("refreshTokenLifetime", () -> OidcSettingsPolicy.check(new OidcRegistration(null, null, null, null,
                null, null, 10), CODE, REDIRECTS, false, "RS256", 28800));
        assertField("postLogoutRedirectUris", () -> OidcSettingsPolicy.check(new OidcRegistration(null, null, null,
                null, List.of("javascript:alert(1)"), null, null), CODE, REDIRECTS, false, "RS256", 28800));
    }

    @Test
    void redirectUrisMayUseANativeAppSchemeButNeverAScriptOrFragment() {
        assertEquals(List.of("com.example.app:/oauth2redirect", "http://127.0.0.1:8123/cb"),
                ClientPolicy.redirectUris(List.of("com.example.app:/oauth2redirect", "http://127.0.0.1:8123/cb")));
        for (String bad : List.of("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd",
                "com.example.app:/cb#f", "http://example.com/cb", "https:///cb")) {
            assertField("redirectUris", () -> ClientPolicy.redirectUris(List.of(bad)));
        }
    }

    private static OidcRegistration registration(String method, Boolean pkce, String subjectType, String sector) {
        return new OidcRegistration(method, pkce, subjectType, sector, null, null, null);
    }

    private static void assertField(String field, Runnable action) {
        StsException e = assertThrows(StsException.class, action::run);
        assertEquals(field, e.field(), e.getMessage());
    }
}

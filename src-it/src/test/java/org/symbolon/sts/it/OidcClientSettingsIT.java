package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

/** Browser-flow settings of clients through the admin API, and how the token endpoint treats public clients. */
class OidcClientSettingsIT {

    private static final String REDIRECT = "https://app.example/callback";

    @Test
    void aPublicClientGetsNoSecretAndItsSettingsRoundTrip() {
        RegisteredClient spa = AdminApi.register(f -> f.add("grantTypes", Sts.array("authorization_code", "refresh_token"))
                .add("redirectUris", Sts.array(REDIRECT, "com.example.app:/oauth2redirect"))
                .add("tokenEndpointAuthMethod", "none").add("subjectType", "pairwise").add("sectorIdentifier", "app.example")
                .add("postLogoutRedirectUris", Sts.array("https://app.example/bye")).add("idTokenSigningAlg", "ES256")
                .add("refreshTokenLifetime", 3600));
        assertEquals(null, spa.secret(), "a public client has no secret to show");
        JsonObject stored = Sts.json(AdminApi.admin("GET", "/api/admin/clients/" + spa.id(), null));
        assertEquals("none", stored.getString("tokenEndpointAuthMethod"));
        assertTrue(stored.getBoolean("requirePkce"));
        assertFalse(stored.getBoolean("hasSecret"));
        assertEquals("pairwise", stored.getString("subjectType"));
        assertEquals("app.example", stored.getString("sectorIdentifier"));
        assertEquals(Json.createArrayBuilder().add("https://app.example/bye").build(),
                stored.getJsonArray("postLogoutRedirectUris"));
        assertEquals("ES256", stored.getString("idTokenSigningAlg"));
        assertEquals(3600, stored.getInt("refreshTokenLifetime"));
        assertEquals(200, AdminApi.update(spa.id(), f -> f.add("name", "Renamed")).statusCode());
        assertEquals("none", Sts.json(AdminApi.admin("GET", "/api/admin/clients/" + spa.id(), null))
                .getString("tokenEndpointAuthMethod"), "an update keeps the settings it was sent");
        assertEquals("tokenEndpointAuthMethod", Sts.json(AdminApi.admin("POST", "/api/admin/clients/" + spa.id()
                + "/secret", null)).getString("field"));
    }

    @Test
    void eachBadSettingIsRefusedNamingItsField() {
        assertRefused("redirectUris", f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array("https://app.example/cb#fragment")));
        assertRefused("redirectUris", f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array("http://app.example/cb")));
        assertRefused("redirectUris", f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array("javascript:alert(1)")));
        assertRefused("redirectUris", f -> f.add("grantTypes", Sts.array("authorization_code")));
        assertRefused("requirePkce", f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array(REDIRECT)).add("tokenEndpointAuthMethod", "none")
                .add("requirePkce", false));
        assertRefused("grantTypes", f -> f.add("grantTypes", Sts.array("authorization_code", "client_credentials"))
                .add("redirectUris", Sts.array(REDIRECT)).add("tokenEndpointAuthMethod", "none"));
        assertRefused("tokenEndpointAuthMethod", f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array(REDIRECT)).add("tokenEndpointAuthMethod", "client_secret_jwt"));
        assertRefused("subjectType", f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array(REDIRECT)).add("subjectType", "anonymous"));
        assertRefused("sectorIdentifier", f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array(REDIRECT, "https://other.example/cb")).add("subjectType", "pairwise"));
        assertRefused("postLogoutRedirectUris", f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array(REDIRECT)).add("postLogoutRedirectUris", Sts.array("data:text/html,x")));
        assertRefused("idTokenSigningAlg", f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array(REDIRECT)).add("idTokenSigningAlg", "none"));
        assertRefused("refreshTokenLifetime", f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array(REDIRECT)).add("refreshTokenLifetime", 5));
    }

    @Test
    void aConfidentialClientCannotPassForAPublicOneNorAPublicClientUseOtherGrants() throws Exception {
        RegisteredClient web = AdminApi.register(f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array(REDIRECT)));
        HttpResponse<String> noSecret = Sts.postForm(Sts.TOKEN_ENDPOINT, "grant_type=authorization_code&code=abc"
                + "&redirect_uri=" + Sts.formValue(REDIRECT) + "&client_id=" + web.id());
        assertEquals(401, noSecret.statusCode(), noSecret.body());
        assertEquals("invalid_client", Sts.json(noSecret).getString("error"));

        RegisteredClient spa = AdminApi.register(f -> f.add("grantTypes", Sts.array("authorization_code"))
                .add("redirectUris", Sts.array(REDIRECT)).add("tokenEndpointAuthMethod", "none"));
        HttpResponse<String> unknownCode = Sts.postForm(Sts.TOKEN_ENDPOINT, "grant_type=authorization_code&code=abc"
                + "&redirect_uri=" + Sts.formValue(REDIRECT) + "&client_id=" + spa.id() + "&code_verifier="
                + new CodeVerifier().getValue());
        assertEquals(400, unknownCode.statusCode(), unknownCode.body());
        assertEquals("invalid_grant", Sts.json(unknownCode).getString("error"), "identified, then refused the code");
        HttpResponse<String> credentials = Sts.postForm(Sts.TOKEN_ENDPOINT, "grant_type=client_credentials&client_id="
                + spa.id());
        assertEquals(401, credentials.statusCode(), credentials.body());
        HttpResponse<String> introspect = Sts.postForm(Sts.INTROSPECTION_ENDPOINT, "token=x&client_id=" + spa.id());
        assertEquals(401, introspect.statusCode(), "only the token endpoint's browser grants accept client_id alone");

        TokenErrorResponse guessed = TokenErrorResponse.parse(OAuthClient.send(new TokenRequest(Sts.TOKEN_ENDPOINT,
                new ClientSecretBasic(new ClientID(spa.id()), new Secret("guess")),
                new AuthorizationCodeGrant(new AuthorizationCode("abc"), URI.create(REDIRECT)))));
        assertEquals("invalid_client", guessed.getErrorObject().getCode(), "a public client has no secret to present");
    }

    private static void assertRefused(String field, Consumer<JsonObjectBuilder> fields) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("clientId", Sts.uniqueId("it-oidc"))
                .add("name", "Browser client").add("scopes", Sts.array("orders.read"));
        fields.accept(body);
        HttpResponse<String> response = AdminApi.admin("POST", "/api/admin/clients", body.build().toString());
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(field, Sts.json(response).getString("field"), response.body());
    }
}

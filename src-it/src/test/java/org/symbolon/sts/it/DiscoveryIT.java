package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 8414 metadata: a client that knows only the issuer finds every endpoint, and each one answers. */
class DiscoveryIT {

    private static AuthorizationServerMetadata metadata;

    @BeforeAll
    static void discover() throws Exception {
        metadata = AuthorizationServerMetadata.parse(metadataDocument("/.well-known/oauth-authorization-server")
                .toString());
    }

    private static JsonObject metadataDocument(String path) {
        HttpResponse<String> response = Sts.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return Sts.json(response);
    }

    @Test
    void metadataNamesTheConfiguredIssuer() {
        assertEquals(Sts.ISSUER, metadata.getIssuer().getValue());
    }

    @Test
    void metadataPointsAtTheEndpointsUnderTheIssuer() {
        assertEquals(URI.create(Sts.ISSUER + "/oauth2/token"), metadata.getTokenEndpointURI());
        assertEquals(URI.create(Sts.ISSUER + "/oauth2/jwks"), metadata.getJWKSetURI());
        assertEquals(URI.create(Sts.ISSUER + "/oauth2/introspect"), metadata.getIntrospectionEndpointURI());
        assertEquals(URI.create(Sts.ISSUER + "/oauth2/revoke"), metadata.getRevocationEndpointURI());
    }

    @Test
    void metadataAdvertisesOnlyWhatIsImplemented() {
        String grants = metadata.getGrantTypes().toString();
        assertTrue(metadata.getGrantTypes().contains(GrantType.CLIENT_CREDENTIALS), grants);
        // RFC 9700: no grant that hands out tokens without a client or through the front channel
        assertFalse(metadata.getGrantTypes().contains(GrantType.PASSWORD), grants);
        assertFalse(metadata.getGrantTypes().contains(GrantType.IMPLICIT), grants);
        assertTrue(metadata.getTokenEndpointAuthMethods().containsAll(List.of(
                ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST,
                ClientAuthenticationMethod.PRIVATE_KEY_JWT)));
        assertTrue(metadata.getTokenEndpointAuthMethods().contains(ClientAuthenticationMethod.NONE));
        assertFalse(metadata.getIntrospectionEndpointAuthMethods().contains(ClientAuthenticationMethod.NONE));
        assertTrue(metadata.getGrantTypes().containsAll(List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN)));
    }

    @Test
    void openidConfigurationDescribesTheCodeFlowOnly() throws Exception {
        OIDCProviderMetadata oidc = OIDCProviderMetadata.parse(metadataDocument("/.well-known/openid-configuration")
                .toString());
        assertEquals(URI.create(Sts.ISSUER + "/oauth2/authorize"), oidc.getAuthorizationEndpointURI());
        assertEquals(URI.create(Sts.ISSUER + "/oauth2/userinfo"), oidc.getUserInfoEndpointURI());
        assertEquals(URI.create(Sts.ISSUER + "/oauth2/logout"), oidc.getEndSessionEndpointURI());
        assertEquals(List.of(new ResponseType("code")), oidc.getResponseTypes());
        assertEquals(List.of(CodeChallengeMethod.S256), oidc.getCodeChallengeMethods());
        assertEquals(List.of(SubjectType.PUBLIC, SubjectType.PAIRWISE), oidc.getSubjectTypes());
        assertEquals(List.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), oidc.getIDTokenJWSAlgs());
        assertTrue(oidc.getScopes().contains("openid"), oidc.getScopes().toString());
        assertTrue(oidc.getClaims().containsAll(List.of("sub", "email", "groups", "sid")));
        assertTrue(oidc.supportsAuthorizationResponseIssuerParam());
        assertFalse(oidc.supportsRequestParam());
    }

    @Test
    void openidConfigurationAddressServesTheSameMetadata() throws Exception {
        JsonObject openid = metadataDocument("/.well-known/openid-configuration");
        assertEquals(metadataDocument("/.well-known/oauth-authorization-server"), openid);
        assertEquals(Sts.ISSUER, AuthorizationServerMetadata.parse(openid.toString()).getIssuer().getValue());
    }

    @Test
    void advertisedJwksUriServesPublicSigningKeysForBothAlgorithms() throws Exception {
        HttpResponse<String> response = Sts.send(HttpRequest.newBuilder(metadata.getJWKSetURI()).GET()
                .build());
        assertEquals(200, response.statusCode());
        JWKSet keys = JWKSet.parse(response.body());
        assertTrue(keys.getKeys().stream().anyMatch(k -> k instanceof RSAKey && "RS256".equals(alg(k))));
        assertTrue(keys.getKeys().stream().anyMatch(k -> k instanceof ECKey && "ES256".equals(alg(k))));
        for (JWK key : keys.getKeys()) {
            assertFalse(key.isPrivate(), "private key material published: " + key.getKeyID());
            assertNotNull(key.getKeyID(), "every published key has a kid");
            assertEquals(KeyUse.SIGNATURE, key.getKeyUse());
        }
        assertFalse(response.body().contains("\"d\""), "no private exponent anywhere in the JWKS");
    }

    private static String alg(JWK key) {
        return key.getAlgorithm() == null ? null : key.getAlgorithm().getName();
    }

    @Test
    void advertisedTokenEndpointRefusesGetWithJsonError() {
        HttpResponse<String> response = Sts.send(HttpRequest.newBuilder(metadata.getTokenEndpointURI())
                .GET().build());
        assertEquals(405, response.statusCode());
        assertTrue(Sts.json(response).containsKey("error"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"token", "introspect", "revoke"})
    void advertisedEndpointsDemandClientAuthentication(String endpoint) {
        URI uri = switch (endpoint) {
            case "token" -> metadata.getTokenEndpointURI();
            case "introspect" -> metadata.getIntrospectionEndpointURI();
            default -> metadata.getRevocationEndpointURI();
        };
        HttpResponse<String> response = Sts.postForm(uri, "grant_type=client_credentials&token=x");
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("invalid_client", Sts.json(response).getString("error"));
    }
}

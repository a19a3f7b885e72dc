package org.symbolon.sts.rest.oidc;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.authn.ClientAuthMethod;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.oidc.OidcScopes;
import org.symbolon.sts.trust.GrantTypes;

/**
 * Server metadata (RFC 8414, OpenID Connect Discovery 1.0), served at both well-known addresses.
 * It lists only what this build implements: the code flow with PKCE S256, no implicit or hybrid flow.
 */
@Path("/.well-known")
@ApplicationScoped
public class DiscoveryResource {

    /** The claims our ID tokens and UserInfo responses can carry. */
    private static final List<String> CLAIMS = List.of("iss", "sub", "aud", "exp", "iat", "auth_time", "nonce",
            "acr", "amr", "sid", "azp", "at_hash", "name", "preferred_username", "given_name", "family_name", "email",
            "email_verified", "groups");

    private static final List<String> ASSERTION_ALGS = List.of("RS256", "RS384", "RS512", "PS256", "PS384",
            "PS512", "ES256", "ES384", "ES512");

    @Inject
    StsConfig config;

    private JsonObject metadata;

    @PostConstruct
    void build() {
        String issuer = config.issuer();
        JsonArrayBuilder authMethods = Json.createArrayBuilder();
        Arrays.stream(ClientAuthMethod.values()).filter(m -> m != ClientAuthMethod.NONE)
                .forEach(m -> authMethods.add(m.registeredName()));
        JsonArrayBuilder signingAlgs = Json.createArrayBuilder();
        Arrays.stream(SigningAlgorithm.values()).forEach(a -> signingAlgs.add(a.name()));
        JsonArrayBuilder idTokenAlgs = Json.createArrayBuilder();
        Arrays.stream(SigningAlgorithm.values()).forEach(a -> idTokenAlgs.add(a.name()));
        var methods = authMethods.build();
        var assertionAlgs = Json.createArrayBuilder(ASSERTION_ALGS).build();
        metadata = Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("token_endpoint", issuer + "/oauth2/token")
                .add("jwks_uri", issuer + "/oauth2/jwks")
                .add("introspection_endpoint", issuer + "/oauth2/introspect")
                .add("revocation_endpoint", issuer + "/oauth2/revoke")
                .add("grant_types_supported", Json.createArrayBuilder(GrantTypes.SUPPORTED.stream().sorted().toList()))
                .add("authorization_endpoint", issuer + "/oauth2/authorize")
                .add("userinfo_endpoint", issuer + "/oauth2/userinfo")
                .add("end_session_endpoint", issuer + "/oauth2/logout")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("response_modes_supported", Json.createArrayBuilder().add("query"))
                .add("code_challenge_methods_supported", Json.createArrayBuilder().add("S256"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public").add("pairwise"))
                .add("id_token_signing_alg_values_supported", idTokenAlgs)
                .add("scopes_supported", Json.createArrayBuilder(OidcScopes.STANDARD.stream().sorted().toList()))
                .add("claims_supported", Json.createArrayBuilder(CLAIMS))
                .add("authorization_response_iss_parameter_supported", true)
                .add("request_parameter_supported", false)
                .add("request_uri_parameter_supported", false)
                .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder(methods).add(ClientAuthMethod.NONE.registeredName()))
                .add("token_endpoint_auth_signing_alg_values_supported", assertionAlgs)
                .add("introspection_endpoint_auth_methods_supported", methods)
                .add("introspection_endpoint_auth_signing_alg_values_supported", assertionAlgs)
                .add("revocation_endpoint_auth_methods_supported", methods)
                .add("revocation_endpoint_auth_signing_alg_values_supported", assertionAlgs)
                .add("access_token_signing_alg_values_supported", signingAlgs)
                .build();
    }

    @GET
    @Path("oauth-authorization-server")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OAuth 2.0 Authorization Server Metadata (RFC 8414)")
    public JsonObject authorizationServer() {
        return metadata;
    }

    @GET
    @Path("openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same metadata at the OpenID Connect discovery address")
    public JsonObject openidConfiguration() {
        return metadata;
    }
}

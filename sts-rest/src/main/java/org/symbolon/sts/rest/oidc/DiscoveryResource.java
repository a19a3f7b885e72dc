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
import org.symbolon.sts.trust.GrantTypes;

/**
 * Server metadata (RFC 8414), served at both well-known addresses. It lists only what this build
 * implements: no authorization endpoint and no response types until browser sign-in exists.
 */
@Path("/.well-known")
@ApplicationScoped
public class DiscoveryResource {

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
        var methods = authMethods.build();
        var assertionAlgs = Json.createArrayBuilder(ASSERTION_ALGS).build();
        metadata = Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("token_endpoint", issuer + "/oauth2/token")
                .add("jwks_uri", issuer + "/oauth2/jwks")
                .add("introspection_endpoint", issuer + "/oauth2/introspect")
                .add("revocation_endpoint", issuer + "/oauth2/revoke")
                .add("grant_types_supported", Json.createArrayBuilder(GrantTypes.SUPPORTED.stream().sorted().toList()))
                .add("response_types_supported", Json.createArrayBuilder())
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

package org.symbolon.sts.rest.oauth;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.token.AccessTokenVerifier;
import org.symbolon.sts.token.TokenMetrics;
import org.symbolon.sts.token.VerifiedToken;
import org.symbolon.sts.token.grant.TokenRequest;

/** RFC 7662 token introspection, for authenticated clients. Answered from memory only. */
@Path("/oauth2/introspect")
public class IntrospectionResource {

    private static final JsonObject INACTIVE = Json.createObjectBuilder().add("active", false).build();

    @Inject
    ClientGate clients;

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    TokenMetrics metrics;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OAuth 2.0 token introspection (RFC 7662)")
    public Response introspect(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        TokenRequest request = new TokenRequest(FormBody.read(contentType, body));
        clients.authenticate(authorization, request, "/oauth2/introspect");
        request.optional("token_type_hint");
        Optional<VerifiedToken> token = verifier.verifyIssued(request.required("token"));
        metrics.introspected(token.isPresent());
        return NoStore.json(token.map(IntrospectionResource::active).orElse(INACTIVE));
    }

    private static JsonObject active(VerifiedToken token) {
        var json = Json.createObjectBuilder(token.claims().toJSONObject())
                .add("active", true)
                .add("token_type", "Bearer");
        return json.build();
    }
}

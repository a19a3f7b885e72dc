package org.symbolon.sts.rest.oauth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.token.RevocationService;
import org.symbolon.sts.token.TokenMetrics;
import org.symbolon.sts.token.grant.TokenRequest;
import org.symbolon.sts.trust.Client;

/** RFC 7009 token revocation: 200 for any token the caller may revoke, known or not. */
@ApplicationScoped
@Path("/oauth2/revoke")
public class RevocationResource {

    @Inject
    ClientGate clients;

    @Inject
    RevocationService revocations;

    @Inject
    TokenMetrics metrics;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "OAuth 2.0 token revocation (RFC 7009)")
    public Response revoke(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        TokenRequest request = new TokenRequest(FormBody.read(contentType, body));
        Client client = clients.authenticate(authorization, request, "/oauth2/revoke");
        request.optional("token_type_hint");
        revocations.revoke(request.required("token"), client);
        metrics.revoked();
        return Response.ok().header("Cache-Control", "no-store").build();
    }
}

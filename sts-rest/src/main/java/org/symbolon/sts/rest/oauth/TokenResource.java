package org.symbolon.sts.rest.oauth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.rest.JsonOutput;
import org.symbolon.sts.token.grant.GrantDispatcher;
import org.symbolon.sts.token.grant.TokenRequest;
import org.symbolon.sts.token.grant.TokenResponse;
import org.symbolon.sts.trust.Client;

/** The token endpoint: parse, authenticate the client, hand the grant to its handler. */
@ApplicationScoped
@Path("/oauth2/token")
public class TokenResource {

    @Inject
    ClientGate clients;

    @Inject
    GrantDispatcher grants;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OAuth 2.0 token endpoint (RFC 6749): client_credentials, authorization_code, refresh_token and the exchange grants")
    public Response token(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        TokenRequest request = new TokenRequest(FormBody.read(contentType, body));
        Client client = clients.authenticate(authorization, request, "/oauth2/token");
        TokenResponse issued = grants.dispatch(client, request);
        JsonObjectBuilder json = JsonOutput.object()
                .add("access_token", issued.accessToken())
                .add("token_type", issued.tokenType())
                .add("expires_in", issued.expiresIn());
        if (issued.scope() != null) {
            json.add("scope", issued.scope());
        }
        if (issued.issuedTokenType() != null) {
            json.add("issued_token_type", issued.issuedTokenType());
        }
        if (issued.refreshToken() != null) {
            json.add("refresh_token", issued.refreshToken());
        }
        if (issued.idToken() != null) {
            json.add("id_token", issued.idToken());
        }
        return NoStore.json(json.build());
    }
}

package org.symbolon.sts.rest.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.oidc.UserInfo;
import org.symbolon.sts.rest.JsonOutput;
import org.symbolon.sts.rest.oauth.NoStore;
import org.symbolon.sts.token.AccessTokenVerifier;

/** The UserInfo endpoint (OIDC Core 5.3): a bearer access token with openid gets its user's claims. */
@ApplicationScoped
@Path("/oauth2/userinfo")
public class UserInfoResource {

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    UserInfo userInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenID Connect UserInfo endpoint (bearer access token with scope openid)")
    public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return answer(authorization);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The UserInfo endpoint by POST")
    public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return answer(authorization);
    }

    private Response answer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // RFC 6750 section 3.1: no error code when the request carried no token at all
            return Response.status(401).header("WWW-Authenticate", "Bearer realm=\"symbolon\"")
                    .header("Cache-Control", "no-store").build();
        }
        String token = authorization.substring(7).trim();
        var verified = verifier.verify(token)
                .orElseThrow(() -> StsException.invalidToken("The access token is invalid, expired or revoked"));
        return NoStore.json(JsonOutput.object(userInfo.claims(verified)).build());
    }
}

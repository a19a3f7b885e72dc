package org.symbolon.sts.rest.saml;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.rest.login.SessionCookie;
import org.symbolon.sts.sso.SingleLogout;

/** SAML 2.0 Single Logout (identity provider): LogoutRequests and LogoutResponses by HTTP-Redirect and HTTP-POST. */
@Path("/saml2/slo")
public class SloResource {

    @Inject
    SingleLogout slo;

    @Inject
    SessionCookie cookie;

    @GET
    @Operation(summary = "SAML 2.0 LogoutRequest or LogoutResponse by the HTTP-Redirect binding")
    public Response redirect(@Context UriInfo uri) {
        // the signature covers the query string as received, so it is read raw
        return render(slo.redirectBinding(uri.getRequestUri().getRawQuery()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "SAML 2.0 LogoutRequest or LogoutResponse by the HTTP-POST binding")
    public Response post(@FormParam("SAMLRequest") String samlRequest, @FormParam("SAMLResponse") String samlResponse,
            @FormParam("RelayState") String relayState) {
        return render(slo.postBinding(samlRequest, samlResponse, relayState));
    }

    @GET
    @Path("start")
    @Operation(summary = "Logs the browser's session out of every SAML service provider, then goes to a local path")
    public Response start(@QueryParam("then") String then, @Context HttpHeaders headers) {
        return render(slo.start(then, cookie.read(headers).orElse(null)));
    }

    /** Once the session has ended, the browser's cookie refers to nothing: it is cleared on the way. */
    private Response render(SingleLogout.Outcome outcome) {
        Response response = SsoSteps.render(outcome.step());
        return outcome.sessionEnded() ? Response.fromResponse(response).cookie(cookie.clear()).build() : response;
    }
}

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
import org.symbolon.sts.sso.LogoutChain;
import org.symbolon.sts.sso.SingleLogout;
import org.symbolon.sts.sso.SsoStep;

/** SAML 2.0 Single Logout (identity provider): LogoutRequests and LogoutResponses by HTTP-Redirect and HTTP-POST. */
@Path("/saml2/slo")
public class SloResource {

    @Inject
    SingleLogout slo;

    @Inject
    SessionCookie cookie;

    @Inject
    LogoutChain chain;

    @Inject
    LogoutChainCookie chainCookie;

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
        return render(slo.start(then, cookie.read(headers).orElse(null), chainCookie.read(headers).orElse(null)));
    }

    @GET
    @Path("continue")
    @Operation(summary = "The logout in progress: which service provider has not answered, and a way to go on without it")
    public Response progress(@Context HttpHeaders headers) {
        return chainCookie.read(headers).flatMap(chain::status).map(LogoutChainPage::render)
                .orElseGet(() -> Response.fromResponse(SsoSteps.render(new SsoStep.Page(200,
                        "Signed out", "You are signed out.", null))).cookie(chainCookie.clear()).build());
    }

    @POST
    @Path("continue")
    @Operation(summary = "Goes on with the logout without the service provider that has not answered")
    public Response continueChain(@Context HttpHeaders headers) {
        return render(slo.continueChain(chainCookie.read(headers).orElse(null)));
    }

    /**
     * Once the session has ended, the browser's cookie refers to nothing: it is cleared on the way. While a chain
     * waits for an SP the browser keeps its ticket, and loses it when the chain ends.
     */
    private Response render(SingleLogout.Outcome outcome) {
        Response.ResponseBuilder response = Response.fromResponse(SsoSteps.render(outcome.step()));
        if (outcome.sessionEnded()) {
            response.cookie(cookie.clear());
        }
        if (outcome.chainTicket() != null) {
            response.cookie(chainCookie.issue(outcome.chainTicket()));
        } else if (outcome.chainOver()) {
            response.cookie(chainCookie.clear());
        }
        return response.build();
    }
}

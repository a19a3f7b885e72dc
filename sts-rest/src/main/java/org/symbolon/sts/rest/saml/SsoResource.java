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
import org.symbolon.sts.sso.SingleSignOn;

/** SAML 2.0 Web SSO (identity provider): AuthnRequests by HTTP-Redirect and HTTP-POST, resume after sign-in, IdP-initiated. */
@Path("/saml2/sso")
public class SsoResource {

    @Inject
    SingleSignOn sso;

    @Inject
    SessionCookie cookie;

    @GET
    @Operation(summary = "SAML 2.0 AuthnRequest by the HTTP-Redirect binding")
    public Response redirect(@Context UriInfo uri, @Context HttpHeaders headers) {
        // the signature covers the query string as received, so it is read raw
        return SsoSteps.render(sso.redirectBinding(uri.getRequestUri().getRawQuery(), session(headers)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "SAML 2.0 AuthnRequest by the HTTP-POST binding")
    public Response post(@FormParam("SAMLRequest") String samlRequest, @FormParam("RelayState") String relayState) {
        return SsoSteps.render(sso.postBinding(samlRequest, relayState));
    }

    @GET
    @Path("resume")
    @Operation(summary = "Continues a parked AuthnRequest after sign-in")
    public Response resume(@QueryParam("ticket") String ticket, @Context HttpHeaders headers) {
        return SsoSteps.render(sso.resume(ticket, session(headers)));
    }

    @GET
    @Path("init")
    @Operation(summary = "IdP-initiated sign-in to a service provider (by entityID or id)")
    public Response init(@QueryParam("sp") String sp, @QueryParam("RelayState") String relayState,
            @Context HttpHeaders headers) {
        return SsoSteps.render(sso.initiate(sp, relayState, session(headers)));
    }

    private String session(HttpHeaders headers) {
        return cookie.read(headers).orElse(null);
    }
}

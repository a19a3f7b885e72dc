package org.symbolon.sts.rest.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.oidc.EndSession;
import org.symbolon.sts.rest.login.SessionCookie;
import org.symbolon.sts.rest.oauth.FormBody;
import org.symbolon.sts.session.SsoSessions;

/** The end-session endpoint (OIDC RP-Initiated Logout 1.0): signs the browser out, then back or a page. */
@ApplicationScoped
@Path("/oauth2/logout")
public class EndSessionResource {

    @Inject
    EndSession endSession;

    @Inject
    SessionCookie cookie;

    @Inject
    SsoSessions sessions;

    @GET
    @Operation(summary = "OpenID Connect end-session endpoint")
    public Response logout(@Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(uri.getQueryParameters(), headers);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The end-session endpoint with form parameters")
    public Response logoutForm(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context HttpHeaders headers, InputStream body) {
        try {
            return answer(FormBody.read(contentType, body), headers);
        } catch (StsException e) {
            return OidcPages.badRequest("Sign-out request refused", e);
        }
    }

    private Response answer(Map<String, List<String>> parameters, HttpHeaders headers) {
        Optional<String> next;
        try {
            next = endSession.endSession(cookie.read(headers).flatMap(sessions::find),
                    one(parameters, "id_token_hint"), one(parameters, "client_id"),
                    one(parameters, "post_logout_redirect_uri"), one(parameters, "state"));
        } catch (StsException e) {
            return OidcPages.badRequest("Sign-out request refused", e);
        }
        Response page = next.map(OidcPages::redirect).orElseGet(OidcPages::signedOut);
        return Response.fromResponse(page).cookie(cookie.clear()).build();
    }

    private static String one(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw StsException.invalidRequest("Parameter '" + name + "' must not be repeated");
        }
        return values.get(0);
    }
}

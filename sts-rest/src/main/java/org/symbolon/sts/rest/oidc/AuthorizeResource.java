package org.symbolon.sts.rest.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.oidc.AuthorizationFlow;
import org.symbolon.sts.oidc.AuthorizationStep;
import org.symbolon.sts.rest.login.SessionCookie;
import org.symbolon.sts.rest.oauth.FormBody;
import org.symbolon.sts.session.SsoSession;
import org.symbolon.sts.session.SsoSessions;

/** The authorization endpoint (RFC 6749 section 3.1, OIDC Core 3.1.2): parse, find the session, hand off. */
@ApplicationScoped
@Path("/oauth2/authorize")
public class AuthorizeResource {

    @Inject
    AuthorizationFlow flow;

    @Inject
    SessionCookie cookie;

    @Inject
    SsoSessions sessions;

    @GET
    @Operation(summary = "OpenID Connect authorization endpoint (response_type=code with PKCE S256)")
    public Response authorize(@Context UriInfo uri, @Context HttpHeaders headers) {
        Map<String, List<String>> query = new LinkedHashMap<>(uri.getQueryParameters());
        return answer(flow.authorize(query, session(headers)));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The authorization endpoint with form parameters (OIDC Core 3.1.2.1)")
    public Response authorizeForm(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context HttpHeaders headers, InputStream body) {
        Map<String, List<String>> form;
        try {
            form = FormBody.read(contentType, body);
        } catch (StsException e) {
            return OidcPages.badRequest("Sign-in request refused", e);
        }
        return answer(flow.authorize(form, session(headers)));
    }

    @GET
    @Path("resume")
    @Operation(summary = "Where the login page sends the browser back to once the user has signed in")
    public Response resume(@QueryParam("ticket") String ticket, @Context HttpHeaders headers) {
        return answer(flow.resume(ticket, session(headers)));
    }

    private Optional<SsoSession> session(HttpHeaders headers) {
        return cookie.read(headers).flatMap(sessions::find);
    }

    private static Response answer(AuthorizationStep step) {
        return step.isRedirect() ? OidcPages.redirect(step.location()) : OidcPages.refusal(step.page());
    }
}

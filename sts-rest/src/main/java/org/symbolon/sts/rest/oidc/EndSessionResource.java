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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.symbolon.sts.session.PendingLogins;
import org.symbolon.sts.session.SessionParticipant;
import org.symbolon.sts.session.SsoSession;
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

    private static final String DONE_PATH = "/oauth2/logout/done";

    @Inject
    EndSession endSession;

    @Inject
    SessionCookie cookie;

    @Inject
    SsoSessions sessions;

    @Inject
    PendingLogins pending;

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

    /**
     * Where the browser comes back once SAML Single Logout has told every SAML application of the
     * session; the destination it then goes to was decided (and checked) before it left.
     */
    @GET
    @Path("done")
    @Operation(summary = "The end of a sign-out that went through the SAML applications")
    public Response done(@QueryParam("ticket") String ticket) {
        Optional<String> next = pending.take(ticket).filter(p -> DONE_PATH.equals(p.resumePath()))
                .map(p -> p.parameters().get("next")).filter(n -> !n.isEmpty());
        Response page = next.map(OidcPages::redirect).orElseGet(OidcPages::signedOut);
        return Response.fromResponse(page).cookie(cookie.clear()).build();
    }

    private Response answer(Map<String, List<String>> parameters, HttpHeaders headers) {
        Optional<SsoSession> session = cookie.read(headers).flatMap(sessions::find);
        Optional<String> next;
        try {
            boolean samlToo = session.isPresent() && sessions.participants(session.get().id()).stream()
                    .anyMatch(p -> SessionParticipant.SAML2.equals(p.protocol()));
            // SAML applications are told through the browser first; Single Logout then ends the session
            next = endSession.endSession(samlToo ? Optional.empty() : session, one(parameters, "id_token_hint"),
                    one(parameters, "client_id"), one(parameters, "post_logout_redirect_uri"),
                    one(parameters, "state"));
            if (samlToo) {
                String ticket = pending.begin(DONE_PATH, Map.of("next", next.orElse("")), false, null, null);
                String then = DONE_PATH + "?ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8);
                return OidcPages.redirect("/saml2/slo/start?then=" + URLEncoder.encode(then, StandardCharsets.UTF_8));
            }
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

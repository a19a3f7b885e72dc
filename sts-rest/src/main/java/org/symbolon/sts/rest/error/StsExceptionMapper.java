package org.symbolon.sts.rest.error;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.TokenMetrics;

/** Writes every refusal as an RFC 6749 section 5.2 error object with the right status and challenge. */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class StsExceptionMapper implements ExceptionMapper<StsException> {

    @Context
    UriInfo uri;

    @Inject
    TokenMetrics metrics;

    @Override
    public Response toResponse(StsException e) {
        String path = uri == null ? "" : uri.getPath();
        metrics.error(endpoint(path), e.error());
        return ErrorResponses.of(e.status(), e.error(), e.description(), e.field(),
                isAdminApi(path) || isUserInfo(path));
    }

    static boolean isAdminApi(String path) {
        return path.startsWith("/api/") || path.startsWith("api/");
    }

    /** The UserInfo endpoint takes bearer tokens: its refusals carry RFC 6750 challenges. */
    static boolean isUserInfo(String path) {
        return path.endsWith("oauth2/userinfo");
    }

    private static String endpoint(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.startsWith("/api/admin") ? "/api/admin" : p.startsWith("/oauth2/") ? p : "other";
    }
}

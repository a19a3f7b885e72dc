package org.symbolon.sts.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method, unacceptable media type) in the same JSON shape. */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 400 : e.getResponse().getStatus();
        if (status >= 500) {
            return ErrorResponses.of(500, "server_error", "The server could not complete the request", null, false);
        }
        String error = switch (status) {
            case 401 -> "invalid_token";
            case 404 -> "not_found";
            default -> "invalid_request";
        };
        String description = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "Method not allowed";
            case 406 -> "Response media type not acceptable";
            case 415 -> "Unsupported Content-Type";
            default -> "Malformed request";
        };
        boolean admin = uri != null && StsExceptionMapper.isAdminApi(uri.getPath());
        return ErrorResponses.of(status, error, description, null, admin);
    }
}

package org.symbolon.sts.rest.error;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line: a fault of ours is logged here and answered with a generic server_error, never a
 * stack trace. EJB wrappers are unwrapped first so a refusal inside a service keeps its own shape.
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.ext.Providers providers;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.symbolon.sts.error.StsException sts) {
                return providers.getExceptionMapper(org.symbolon.sts.error.StsException.class).toResponse(sts);
            }
            if (cause instanceof jakarta.json.stream.JsonParsingException
                    || cause instanceof jakarta.json.bind.JsonbException) {
                return ErrorResponses.of(400, "invalid_request", "Malformed JSON", null, true);
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure: " + e.getClass().getName(), e);
        return ErrorResponses.of(500, "server_error", "The server could not complete the request", null, false);
    }
}

package org.symbolon.sts.rest.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.symbolon.sts.error.StsException;

/**
 * Last line: a fault of ours is logged here and answered with a generic server_error, never a
 * stack trace. EJB wrappers are unwrapped first so a refusal inside a service keeps its own shape,
 * and an unreachable database is a 503 with Retry-After, so clients back off and retry.
 */
@Provider
@ApplicationScoped
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    Providers providers;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StsException sts) {
                return providers.getExceptionMapper(StsException.class).toResponse(sts);
            }
            if (cause instanceof JsonParsingException || cause instanceof JsonbException) {
                return ErrorResponses.of(400, "invalid_request", "Malformed JSON", null, true);
            }
            if (cause instanceof SQLException || cause instanceof PersistenceException) {
                LOG.log(Level.WARNING, "Database unavailable: {0}", cause.toString());
                return ErrorResponses.of(503, "temporarily_unavailable", "The database is unavailable", null, false);
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure: " + e.getClass().getName(), e);
        return ErrorResponses.of(500, "server_error", "The server could not complete the request", null, false);
    }
}

package org.symbolon.sts.rest.error;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.symbolon.sts.rest.JsonOutput;

/** The one shape of an error leaving Symbolon's REST endpoints: {"error", "error_description", "field"?}. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(int status, String error, String description, String field, boolean bearerRealm) {
        JsonObjectBuilder json = JsonOutput.object().add("error", error);
        if (description != null) {
            json.add("error_description", description);
        }
        if (field != null) {
            json.add("field", field);
        }
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(json.build());
        if (status == 401) {
            response.header("WWW-Authenticate", bearerRealm
                    ? "Bearer realm=\"symbolon\", error=\"" + error + "\""
                    : "Basic realm=\"symbolon\"");
        }
        if (status == 403 && bearerRealm) {
            response.header("WWW-Authenticate", "Bearer realm=\"symbolon\", error=\"" + error + "\"");
        }
        if (status == 503) {
            response.header("Retry-After", "5");
        }
        return response.build();
    }
}

package org.symbolon.sts.rest.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.symbolon.sts.audit.AuditEvent;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.error.StsException;

/** The audit trail of one object (a user id, a group name, a client id), newest first, for administrators. */
@Path("/api/admin/audit")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminBearer")
public class AuditResource {

    private static final int MAX = 200;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "Audit events about one object (?target=), newest first, at most 200")
    public JsonObject list(@QueryParam("target") String target) {
        if (target == null || target.isBlank() || target.length() > 256) {
            throw StsException.invalidField("target", "target is required (at most 256 characters)");
        }
        JsonArrayBuilder events = Json.createArrayBuilder();
        audit.latestFor(target, MAX).forEach(e -> events.add(write(e)));
        return Json.createObjectBuilder().add("events", events).build();
    }

    private static JsonObject write(AuditEvent e) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("occurredAt", e.occurredAt() + "Z")
                .add("actor", e.actor()).add("action", e.action()).add("target", e.target())
                .add("outcome", e.outcome());
        if (e.beforeJson() != null) {
            json.add("before", AdminJson.parsed(e.beforeJson()));
        }
        if (e.afterJson() != null) {
            json.add("after", AdminJson.parsed(e.afterJson()));
        }
        return json.build();
    }
}

package org.symbolon.sts.rest.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.symbolon.sts.token.SubjectRevocationService;

/** Revokes everything a subject has received through one client, for administrators. */
@Path("/api/admin/revocations")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminBearer")
public class RevocationsResource {

    private static final Set<String> FIELDS = Set.of("subject", "clientId");

    @Inject
    SubjectRevocationService revocations;

    @Inject
    AdminCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke every token of a subject issued to a client until now ({subject, clientId})")
    public JsonObject revokeSubject(String body) {
        JsonObject json = AdminJson.parseObject(body);
        AdminJson.refuseUnknown(json, FIELDS);
        String subject = AdminJson.string(json, "subject");
        String clientId = AdminJson.string(json, "clientId");
        LocalDateTime before = revocations.revoke(subject, clientId, caller.actor());
        return Json.createObjectBuilder().add("subject", subject).add("clientId", clientId)
                .add("revokedIssuedUntil", before.toString() + "Z").build();
    }
}

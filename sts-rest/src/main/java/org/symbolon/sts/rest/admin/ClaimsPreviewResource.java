package org.symbolon.sts.rest.admin;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.symbolon.sts.claims.ClaimsResult;
import org.symbolon.sts.exchange.ClaimsPreview;
import org.symbolon.sts.exchange.ClaimsPreviewRequest;

/** Shows what claims rules make of a token or a claims set, and which rule produced each claim. */
@Path("/api/admin/claims/preview")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminBearer")
public class ClaimsPreviewResource {

    private static final Set<String> FIELDS = Set.of("issuerId", "clientId", "claims", "token", "tokenType");

    @Inject
    ClaimsPreview preview;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a partner's incoming and a client's outgoing claims rules without issuing a token")
    public JsonObject preview(String body) {
        JsonObject json = AdminJson.parseObject(body);
        AdminJson.refuseUnknown(json, FIELDS);
        ClaimsResult result = preview.preview(new ClaimsPreviewRequest(AdminJson.string(json, "issuerId"),
                AdminJson.string(json, "clientId"), AdminJson.object(json, "claims"), AdminJson.string(json, "token"),
                AdminJson.string(json, "tokenType")));
        JsonObjectBuilder producedBy = Json.createObjectBuilder();
        result.producedBy().forEach(producedBy::add);
        return Json.createObjectBuilder()
                .add("claims", AdminJson.parsed(JSONObjectUtils.toJSONString(result.claims())))
                .add("producedBy", producedBy)
                .build();
    }
}

package org.symbolon.sts.rest.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.SigningKeyService;
import org.symbolon.sts.keys.StoredKey;

/**
 * Signing keys for administrators: their states, the expiry of RS256 keys' certificates, and rotation
 * on demand. Never private material.
 */
@Path("/api/admin/keys")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminBearer")
public class KeysResource {

    @Inject
    SigningKeyService keys;

    @Inject
    AdminCaller caller;

    @GET
    @Operation(summary = "List signing keys with their algorithm and state")
    public JsonObject list() {
        return toJson(keys.list());
    }

    @POST
    @Path("rotate")
    @Operation(summary = "Rotate the keys of one algorithm (alg=RS256|ES256), or of all when alg is absent")
    public JsonObject rotate(@QueryParam("alg") String alg) {
        String actor = caller.actor();
        if (alg == null) {
            for (SigningAlgorithm a : SigningAlgorithm.values()) {
                keys.rotate(a, actor);
            }
        } else {
            SigningAlgorithm a = SigningAlgorithm.named(alg)
                    .orElseThrow(() -> StsException.invalidField("alg", "alg must be RS256 or ES256"));
            keys.rotate(a, actor);
        }
        return toJson(keys.list());
    }

    private static JsonObject toJson(List<StoredKey> stored) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (StoredKey k : stored) {
            JsonObjectBuilder key = Json.createObjectBuilder()
                    .add("kid", k.kid())
                    .add("alg", k.alg().name())
                    .add("state", k.state().name().toLowerCase())
                    .add("createdAt", String.valueOf(k.createdAt()));
            addIfSet(key, "activatedAt", k.activatedAt());
            addIfSet(key, "retiredAt", k.retiredAt());
            addIfSet(key, "publishUntil", k.publishUntil());
            k.certificate().ifPresent(c -> key.add("certificateNotAfter",
                    UtcClock.of(c.getNotAfter().toInstant()).toString()));
            array.add(key);
        }
        return Json.createObjectBuilder().add("keys", array).build();
    }

    private static void addIfSet(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}

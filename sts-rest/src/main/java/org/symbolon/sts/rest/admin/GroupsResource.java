package org.symbolon.sts.rest.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.symbolon.sts.users.GroupAdminService;
import org.symbolon.sts.users.UserGroup;

/** Groups of local users for administrators. */
@Path("/api/admin/groups")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminBearer")
public class GroupsResource {

    private static final Set<String> FIELDS = Set.of("name", "description");

    @Inject
    GroupAdminService groups;

    @Inject
    AdminCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List groups")
    public JsonObject list() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        groups.list().forEach(g -> array.add(write(g)));
        return Json.createObjectBuilder().add("groups", array).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a group ({name, description?})")
    public Response create(String body) {
        UserGroup created = groups.create(read(body), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build()).entity(write(created))
                .build();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "Read one group")
    public JsonObject get(@PathParam("name") String name) {
        return write(groups.get(name));
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a group's description")
    public JsonObject update(@PathParam("name") String name, String body) {
        return write(groups.update(name, read(body), caller.actor()));
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Remove a group (its members stay, without it)")
    public Response delete(@PathParam("name") String name) {
        groups.delete(name, caller.actor());
        return Response.noContent().build();
    }

    @GET
    @Path("{name}/members")
    @Operation(summary = "The users in a group")
    public JsonObject members(@PathParam("name") String name) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        groups.members(name).forEach(u -> array.add(UserJson.write(u)));
        return Json.createObjectBuilder().add("users", array).build();
    }

    private static UserGroup read(String body) {
        JsonObject json = AdminJson.parseObject(body);
        AdminJson.refuseUnknown(json, FIELDS);
        return new UserGroup(AdminJson.string(json, "name"), AdminJson.string(json, "description"));
    }

    private static JsonObject write(UserGroup g) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("name", g.name());
        if (g.description() != null) {
            json.add("description", g.description());
        }
        return json.build();
    }
}

package org.symbolon.sts.rest.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.users.TotpAdminService;
import org.symbolon.sts.users.TotpEnrolment;
import org.symbolon.sts.users.UserAdminService;
import org.symbolon.sts.users.UserView;

/** Local users for administrators. Passwords go in, never come out. */
@Path("/api/admin/users")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminBearer")
public class UsersResource {

    private static final int DEFAULT_PAGE = 100;

    @Inject
    UserAdminService users;

    @Inject
    TotpAdminService totp;

    @Inject
    AdminCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List users, optionally those whose username, email or display name contains ?search=")
    public JsonObject list(@QueryParam("search") String search, @QueryParam("first") String first,
            @QueryParam("max") String max) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        users.search(search, number("first", first, 0), number("max", max, DEFAULT_PAGE))
                .forEach(u -> array.add(UserJson.write(u)));
        return Json.createObjectBuilder().add("users", array).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user")
    public Response create(String body) {
        UserView created = users.create(UserJson.read(body), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(UserJson.write(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one user")
    public JsonObject get(@PathParam("id") String id) {
        return UserJson.write(users.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a user's settings (the password is kept; disabling ends the user's tokens)")
    public JsonObject update(@PathParam("id") String id, String body) {
        return UserJson.write(users.update(id, UserJson.read(body), caller.actor()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a user and end the user's tokens")
    public Response delete(@PathParam("id") String id) {
        users.delete(id, caller.actor());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set or reset a user's password ({password, temporary?})")
    public JsonObject setPassword(@PathParam("id") String id, String body) {
        JsonObject json = UserJson.readPassword(body);
        boolean temporary = json.getBoolean("temporary", false);
        return UserJson.write(users.setPassword(id, AdminJson.string(json, "password"), temporary, caller.actor()));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable a user: their tokens become inactive and their sessions end")
    public JsonObject disable(@PathParam("id") String id) {
        return UserJson.write(users.setEnabled(id, false, caller.actor()));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a user")
    public JsonObject enable(@PathParam("id") String id) {
        return UserJson.write(users.setEnabled(id, true, caller.actor()));
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Clear a user's failed-login count and lock")
    public Response unlock(@PathParam("id") String id) {
        users.unlock(id, caller.actor());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/totp")
    @Operation(summary = "Enrol a user for TOTP: the secret and its otpauth URI are shown this once")
    public Response enrolTotp(@PathParam("id") String id) {
        TotpEnrolment enrolment = totp.enrol(id, caller.actor());
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(Json.createObjectBuilder().add("secret", enrolment.secret())
                        .add("otpauthUri", enrolment.otpauthUri()).build()).build();
    }

    @DELETE
    @Path("{id}/totp")
    @Operation(summary = "Remove a user's TOTP enrolment: the password alone signs in again")
    public Response removeTotp(@PathParam("id") String id) {
        totp.remove(id, caller.actor());
        return Response.noContent().build();
    }

    private static int number(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw StsException.invalidField(field, field + " must be a whole number");
        }
    }
}

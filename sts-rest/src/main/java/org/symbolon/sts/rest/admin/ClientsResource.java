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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.symbolon.sts.trust.ClientAdminService;
import org.symbolon.sts.trust.CreatedClient;

/** Client registration for administrators. Secrets appear in responses exactly once: when made. */
@Path("/api/admin/clients")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminBearer")
public class ClientsResource {

    @Inject
    ClientAdminService clients;

    @Inject
    AdminCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List registered clients")
    public JsonObject list() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        clients.list().forEach(c -> array.add(ClientJson.write(c)));
        return Json.createObjectBuilder().add("clients", array).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a client; the response carries its secret, shown this once")
    public Response create(String body) {
        CreatedClient created = clients.create(ClientJson.read(body), actor());
        var json = Json.createObjectBuilder(ClientJson.write(created.client()));
        if (created.clientSecret() != null) {
            json.add("clientSecret", created.clientSecret());
        }
        return Response.created(uri.getAbsolutePathBuilder().path(created.client().clientId()).build())
                .header("Cache-Control", "no-store").entity(json.build()).build();
    }

    @GET
    @Path("{clientId}")
    @Operation(summary = "Read one client")
    public JsonObject get(@PathParam("clientId") String clientId) {
        return ClientJson.write(clients.get(clientId));
    }

    @PUT
    @Path("{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a client's settings (its secret is kept)")
    public JsonObject update(@PathParam("clientId") String clientId, String body) {
        return ClientJson.write(clients.update(clientId, ClientJson.read(body), actor()));
    }

    @DELETE
    @Path("{clientId}")
    @Operation(summary = "Remove a client")
    public Response delete(@PathParam("clientId") String clientId) {
        clients.delete(clientId, actor());
        return Response.noContent().build();
    }

    @POST
    @Path("{clientId}/secret")
    @Operation(summary = "Replace a client's secret; the new secret is shown this once")
    public Response rotateSecret(@PathParam("clientId") String clientId) {
        String secret = clients.rotateSecret(clientId, actor());
        return Response.ok(Json.createObjectBuilder().add("clientId", clientId).add("clientSecret", secret).build())
                .header("Cache-Control", "no-store").build();
    }

    private String actor() {
        return caller.actor();
    }
}

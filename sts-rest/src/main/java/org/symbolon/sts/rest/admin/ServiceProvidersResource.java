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
import org.symbolon.sts.trust.ServiceProviderAdminService;
import org.symbolon.sts.trust.ServiceProviderRegistration;
import org.symbolon.sts.trust.ServiceProviderView;

/** SAML 2.0 service providers that users sign in to through Symbolon, registered from their metadata. */
@Path("/api/admin/service-providers")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminBearer")
public class ServiceProvidersResource {

    @Inject
    ServiceProviderAdminService serviceProviders;

    @Inject
    AdminCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List SAML service providers")
    public JsonObject list() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        serviceProviders.list().forEach(sp -> array.add(ServiceProviderJson.write(sp)));
        return Json.createObjectBuilder().add("serviceProviders", array).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a SAML service provider from its metadata or metadata URL, with optional settings")
    public Response create(String body) {
        return created(serviceProviders.create(ServiceProviderJson.registration(body), caller.actor()));
    }

    @POST
    @Consumes(IssuersResource.SAML_METADATA)
    @Operation(summary = "Register a SAML service provider from its metadata document (the body); settings as query parameters")
    public Response upload(String metadata) {
        var query = uri.getQueryParameters();
        return created(serviceProviders.create(new ServiceProviderRegistration(query.getFirst("id"),
                query.getFirst("entityId"), metadata, null, null, ServiceProviderJson.settings(query)), caller.actor()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one SAML service provider")
    public JsonObject get(@PathParam("id") String id) {
        return ServiceProviderJson.write(serviceProviders.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a SAML service provider's settings; settings left out keep their value")
    public JsonObject update(@PathParam("id") String id, String body) {
        return ServiceProviderJson.write(serviceProviders.update(id, ServiceProviderJson.settingsOnly(body), caller.actor()));
    }

    @PUT
    @Path("{id}/metadata")
    @Consumes(IssuersResource.SAML_METADATA)
    @Operation(summary = "Replace a SAML service provider's metadata (same entityID), keeping its settings")
    public JsonObject replaceMetadata(@PathParam("id") String id, String metadata) {
        return ServiceProviderJson.write(serviceProviders.replaceMetadata(id, metadata, null, null, caller.actor()));
    }

    @PUT
    @Path("{id}/metadata")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a SAML service provider's metadata or metadata URL, keeping its settings")
    public JsonObject replaceMetadataSource(@PathParam("id") String id, String body) {
        JsonObject json = ServiceProviderJson.metadataSource(body);
        return ServiceProviderJson.write(serviceProviders.replaceMetadata(id, AdminJson.string(json, "metadata"),
                AdminJson.string(json, "metadataUrl"), AdminJson.string(json, "metadataCertificate"), caller.actor()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a SAML service provider")
    public Response delete(@PathParam("id") String id) {
        serviceProviders.delete(id, caller.actor());
        return Response.noContent().build();
    }

    private Response created(ServiceProviderView created) {
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(ServiceProviderJson.write(created)).build();
    }
}

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
import org.symbolon.sts.trust.PartnerAdminService;
import org.symbolon.sts.trust.PartnerIssuerView;

/** Trusted partner issuers, whose tokens clients may exchange at the token endpoint. */
@Path("/api/admin/issuers")
@AdminApi
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminBearer")
public class IssuersResource {

    static final String SAML_METADATA = "application/samlmetadata+xml";

    @Inject
    PartnerAdminService partners;

    @Inject
    AdminCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List trusted partner issuers")
    public JsonObject list() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        partners.list().forEach(p -> array.add(IssuerJson.write(p)));
        return Json.createObjectBuilder().add("issuers", array).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a partner issuer: a JWT issuer with a static JWKS or a JWKS URL, "
            + "or a SAML 2.0 identity provider with its metadata or metadata URL")
    public Response create(String body) {
        return created(partners.create(IssuerJson.read(body), caller.actor()));
    }

    @POST
    @Consumes(SAML_METADATA)
    @Operation(summary = "Register a SAML 2.0 identity provider from its metadata document (the request body)")
    public Response createFromMetadata(@QueryParam("issuerId") String issuerId, @QueryParam("name") String name,
            String metadata) {
        return created(partners.createFromMetadata(issuerId, name == null ? issuerId : name, metadata, caller.actor()));
    }

    @PUT
    @Path("{issuerId}/metadata")
    @Consumes(SAML_METADATA)
    @Operation(summary = "Replace a SAML 2.0 partner's metadata (for a new signing certificate), keeping its other settings")
    public JsonObject replaceMetadata(@PathParam("issuerId") String issuerId, String metadata) {
        return IssuerJson.write(partners.replaceMetadata(issuerId, metadata, caller.actor()));
    }

    private Response created(PartnerIssuerView created) {
        return Response.created(uri.getAbsolutePathBuilder().path(created.issuerId()).build())
                .entity(IssuerJson.write(created)).build();
    }

    @GET
    @Path("{issuerId}")
    @Operation(summary = "Read one partner issuer")
    public JsonObject get(@PathParam("issuerId") String issuerId) {
        return IssuerJson.write(partners.get(issuerId));
    }

    @PUT
    @Path("{issuerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a partner issuer's settings")
    public JsonObject update(@PathParam("issuerId") String issuerId, String body) {
        return IssuerJson.write(partners.update(issuerId, IssuerJson.read(body), caller.actor()));
    }

    @DELETE
    @Path("{issuerId}")
    @Operation(summary = "Remove a partner issuer")
    public Response delete(@PathParam("issuerId") String issuerId) {
        partners.delete(issuerId, caller.actor());
        return Response.noContent().build();
    }
}

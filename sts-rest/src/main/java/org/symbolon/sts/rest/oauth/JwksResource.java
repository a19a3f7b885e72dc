package org.symbolon.sts.rest.oauth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.keys.KeyRing;

/** The public signing keys (RFC 7517): next, active and recently retired keys. */
@ApplicationScoped
@Path("/oauth2/jwks")
public class JwksResource {

    @Inject
    KeyRing keyRing;

    @GET
    @Operation(summary = "JSON Web Key Set of the token signing keys")
    public Response jwks() {
        return Response.ok(keyRing.publicJwks(), "application/jwk-set+json")
                .header("Cache-Control", "public, max-age=60")
                .build();
    }
}

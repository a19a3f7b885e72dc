package org.symbolon.sts.rest.saml;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.token.saml.SamlMetadataPublisher;

/**
 * Our SAML 2.0 metadata (entityID, signing certificates, NameID formats), signed by the active RS256
 * key. The media type is set on the response rather than negotiated, so that metadata tools sending
 * {@code Accept: application/xml} get the document too.
 */
@Path("/saml2/metadata")
public class SamlMetadataResource {

    static final String MEDIA_TYPE = "application/samlmetadata+xml";

    @Inject
    SamlMetadataPublisher publisher;

    @GET
    @Operation(summary = "SAML 2.0 metadata of the identity provider (application/samlmetadata+xml)")
    public Response metadata() {
        return Response.ok(publisher.metadata(), MEDIA_TYPE)
                .header("Cache-Control", "public, max-age=60")
                .build();
    }
}

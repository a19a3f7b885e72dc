package org.symbolon.sts.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Symbolon Security Token Service", version = "0.1.0",
        description = "OAuth 2.0 token, introspection, revocation and key endpoints, and the admin API"))
@SecurityScheme(securitySchemeName = "adminBearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token from Symbolon with scope sts:admin")
public class StsApplication extends Application {
}

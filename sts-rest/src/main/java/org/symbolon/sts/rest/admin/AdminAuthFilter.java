package org.symbolon.sts.rest.admin;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.AccessTokenVerifier;
import org.symbolon.sts.token.VerifiedToken;

/**
 * Lets through only bearer tokens that Symbolon issued for itself (audience = issuer) carrying
 * the admin scope. The token's client becomes the actor recorded in the audit trail.
 */
@Provider
@AdminApi
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AdminAuthFilter implements ContainerRequestFilter {

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    StsConfig config;

    @Inject
    AdminCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw StsException.invalidToken("A bearer access token is required");
        }
        VerifiedToken token = verifier.verify(header.substring(7).trim())
                .orElseThrow(() -> StsException.invalidToken("The access token is invalid, expired or revoked"));
        if (token.audience() == null || !token.audience().contains(config.issuer())) {
            throw StsException.invalidToken("The access token is not meant for this server");
        }
        if (!token.scopes().contains(config.adminScope())) {
            throw StsException.insufficientScope("The access token lacks scope " + config.adminScope());
        }
        caller.set("client:" + token.clientId());
    }
}

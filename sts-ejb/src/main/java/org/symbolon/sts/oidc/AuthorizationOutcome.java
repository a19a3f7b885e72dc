package org.symbolon.sts.oidc;

/** What an authorization request turned out to be: a request to serve, or a refusal to show. */
public sealed interface AuthorizationOutcome permits AuthorizationRequest, AuthorizationRefusal {
}

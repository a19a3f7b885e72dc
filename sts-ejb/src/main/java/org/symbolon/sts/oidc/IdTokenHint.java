package org.symbolon.sts.oidc;

/** What a logout learns from an ID token we issued: to whom, for whom, in which session. */
public record IdTokenHint(String clientId, String subject, String sessionId) {
}

package org.symbolon.sts.authn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.logging.Logger;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.ClientDirectory;
import org.symbolon.sts.trust.ClientSecrets;

/**
 * Decides whether presented client credentials are good. Every failure looks the same to the caller
 * (no hint whether the client exists); the reason goes to the log only.
 */
@ApplicationScoped
public class ClientAuthenticator {

    private static final Logger LOG = Logger.getLogger(ClientAuthenticator.class.getName());
    private static final String FAILED = "Client authentication failed";

    @Inject
    ClientDirectory directory;

    @Inject
    ClientAssertionVerifier assertions;

    @Inject
    FailedAuthThrottle throttle;

    public Client authenticate(ClientCredentials credentials, Collection<String> assertionAudiences) {
        String clientId = credentials.clientId();
        if (clientId == null || clientId.isEmpty()) {
            throw StsException.invalidClient(FAILED);
        }
        if (throttle.isBlocked(clientId)) {
            LOG.warning(() -> "Client authentication refused: too many failures for " + clientId);
            throw StsException.invalidClient("Too many failed authentication attempts; try again later");
        }
        Client client = directory.find(clientId).orElse(null);
        String reason = reasonToRefuse(credentials, client, assertionAudiences);
        if (reason != null) {
            throttle.recordFailure(clientId);
            LOG.fine(() -> "Client authentication failed for " + clientId + ": " + reason);
            throw StsException.invalidClient(FAILED);
        }
        return client;
    }

    private String reasonToRefuse(ClientCredentials credentials, Client client, Collection<String> audiences) {
        if (client == null) {
            ClientSecrets.matches(String.valueOf(credentials.secret()), ClientSecrets.hash("")); // even timing
            return "unknown client";
        }
        if (!client.enabled()) {
            return "client disabled";
        }
        return switch (credentials.method()) {
            case CLIENT_SECRET_BASIC, CLIENT_SECRET_POST -> client.secretHash() == null
                    ? "client has no secret"
                    : ClientSecrets.matches(credentials.secret(), client.secretHash()) ? null : "wrong secret";
            case PRIVATE_KEY_JWT -> assertions.check(credentials.assertion(), client, audiences);
            case NONE -> client.oidc().isPublicClient() ? null : "confidential client sent no credentials";
        };
    }
}

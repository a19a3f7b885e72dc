package org.symbolon.sts.trust;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.symbolon.sts.config.StsConfig;

/**
 * Creates the bootstrap administration client on first start when its id and secret are
 * configured: a confidential client_credentials client holding the admin scope.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class BootstrapClient {

    private static final Logger LOG = Logger.getLogger(BootstrapClient.class.getName());
    private static final int MIN_SECRET_LENGTH = 32;

    @Inject
    StsConfig config;

    @Inject
    ClientRepository repository;

    @Inject
    ClientAdminService admin;

    @PostConstruct
    void createIfConfigured() {
        if (config.bootstrapClientId().isEmpty() || config.bootstrapClientSecret().isEmpty()) {
            return;
        }
        String clientId = config.bootstrapClientId().get();
        String secret = config.bootstrapClientSecret().get();
        if (repository.find(clientId).isPresent()) {
            return;
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            LOG.severe(() -> "The bootstrap client was not created: its secret must be at least "
                    + MIN_SECRET_LENGTH + " characters");
            return;
        }
        admin.createWithSecret(new ClientRegistration(clientId, "Bootstrap administration client",
                List.of(GrantTypes.CLIENT_CREDENTIALS), List.of(config.adminScope()), List.of(), List.of(),
                null, null, null, null, null, null, null, null, null, true, null), secret, "bootstrap");
        LOG.info(() -> "Created the bootstrap administration client " + clientId);
    }
}

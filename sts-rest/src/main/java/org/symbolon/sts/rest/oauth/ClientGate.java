package org.symbolon.sts.rest.oauth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.symbolon.sts.authn.ClientAuthenticator;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.token.grant.TokenRequest;
import org.symbolon.sts.trust.Client;

/** Authenticates the calling client of an OAuth endpoint; assertions must be addressed to it or to the issuer. */
@ApplicationScoped
public class ClientGate {

    @Inject
    ClientAuthenticator authenticator;

    @Inject
    StsConfig config;

    public Client authenticate(String authorization, TokenRequest form, String endpointPath) {
        return authenticator.authenticate(ClientCredentialsReader.read(authorization, form),
                List.of(config.issuer(), config.issuer() + endpointPath, config.tokenEndpoint()));
    }
}

package org.symbolon.sts.rest.oauth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.symbolon.sts.authn.ClientCredentials;
import org.symbolon.sts.authn.ClientAuthenticator;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.token.grant.TokenRequest;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.GrantTypes;

/** Authenticates the calling client of an OAuth endpoint; assertions must be addressed to it or to the issuer. */
@ApplicationScoped
public class ClientGate {

    private static final Set<String> PUBLIC_CLIENT_GRANTS = Set.of(GrantTypes.AUTHORIZATION_CODE,
            GrantTypes.REFRESH_TOKEN);

    @Inject
    ClientAuthenticator authenticator;

    @Inject
    StsConfig config;

    public Client authenticate(String authorization, TokenRequest form, String endpointPath) {
        List<String> audiences = List.of(config.issuer(), config.issuer() + endpointPath, config.tokenEndpoint());
        if (isPublicClientGrant(authorization, form, endpointPath)) {
            return authenticator.authenticate(ClientCredentials.none(form.optional("client_id")), audiences);
        }
        return authenticator.authenticate(ClientCredentialsReader.read(authorization, form), audiences);
    }

    /** A public client names itself by client_id alone, at the token endpoint for the browser-flow grants only. */
    private static boolean isPublicClientGrant(String authorization, TokenRequest form, String endpointPath) {
        String grantType = form.optional("grant_type");
        return "/oauth2/token".equals(endpointPath) && grantType != null && PUBLIC_CLIENT_GRANTS.contains(grantType)
                && authorization == null && form.optional("client_secret") == null
                && form.optional("client_assertion") == null && form.optional("client_id") != null;
    }
}

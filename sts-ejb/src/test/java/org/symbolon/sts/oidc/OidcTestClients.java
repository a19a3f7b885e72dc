package org.symbolon.sts.oidc;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symbolon.sts.claims.ClaimsRuleSet;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.ClientDirectory;
import org.symbolon.sts.trust.ExchangePolicy;
import org.symbolon.sts.trust.OidcSettings;

/** Clients for the browser-flow tests: a confidential web app and a public single-page app. */
final class OidcTestClients {

    static final String WEB_REDIRECT = "https://web.example/callback";
    static final String SPA_REDIRECT = "https://spa.example/cb";

    private OidcTestClients() {
    }

    static Client web() {
        return client("web", Set.of("authorization_code", "refresh_token"), List.of(WEB_REDIRECT),
                new OidcSettings("client_secret_basic", true, OidcSettings.PUBLIC, null, List.of(), "ES256", 3600));
    }

    static Client spa() {
        return client("spa", Set.of("authorization_code"), List.of(SPA_REDIRECT),
                new OidcSettings(OidcSettings.NONE, true, OidcSettings.PUBLIC, null, List.of(), null, null));
    }

    static Client pairwise(String clientId, String sector) {
        return client(clientId, Set.of("authorization_code"), List.of("https://" + sector + "/cb"),
                new OidcSettings("client_secret_basic", true, OidcSettings.PAIRWISE, sector, List.of(), null, null));
    }

    static Client client(String id, Set<String> grants, List<String> redirects, OidcSettings oidc) {
        return new Client(id, id, null, grants, Set.of("orders.read"), List.of(), redirects, 300, "RS256", null, null,
                ExchangePolicy.DEFAULT, null, ClaimsRuleSet.EMPTY, oidc, true, null, null);
    }

    static Client disabled(Client c) {
        return new Client(c.clientId(), c.name(), c.secretHash(), c.grantTypes(), c.scopes(), c.audiences(),
                c.redirectUris(), c.accessTokenLifetime(), c.signingAlg(), c.jwks(), c.keys(), c.exchange(), c.saml(),
                c.outgoingRules(), c.oidc(), false, null, null);
    }

    /** A directory that knows exactly these clients. */
    static ClientDirectory directory(Client... clients) {
        return new ClientDirectory() {
            @Override
            public Optional<Client> find(String clientId) {
                return java.util.Arrays.stream(clients).filter(c -> c.clientId().equals(clientId)).findFirst();
            }
        };
    }
}

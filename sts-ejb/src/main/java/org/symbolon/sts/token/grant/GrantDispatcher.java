package org.symbolon.sts.token.grant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.TokenMetrics;
import org.symbolon.sts.trust.Client;

/** Picks the handler for a grant_type; a grant without a handler is unsupported by construction. */
@ApplicationScoped
public class GrantDispatcher {

    @Inject
    Instance<GrantHandler> handlers;

    @Inject
    TokenMetrics metrics;

    private Map<String, GrantHandler> byGrant;

    @PostConstruct
    void index() {
        Map<String, GrantHandler> map = new HashMap<>();
        handlers.forEach(h -> map.put(h.grantType(), h));
        byGrant = Map.copyOf(map);
    }

    public TokenResponse dispatch(Client client, TokenRequest request) {
        String grantType = request.required("grant_type");
        GrantHandler handler = byGrant.get(grantType);
        if (handler == null) {
            throw StsException.unsupportedGrantType("Unsupported grant_type");
        }
        if (!client.allowsGrant(grantType)) {
            throw StsException.unauthorizedClient("This client may not use grant_type " + grantType);
        }
        TokenResponse response = handler.handle(client, request);
        metrics.issued(grantType, client.clientId());
        return response;
    }
}

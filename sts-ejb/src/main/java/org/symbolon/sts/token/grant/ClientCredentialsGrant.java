package org.symbolon.sts.token.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.symbolon.sts.token.AccessTokenIssuer;
import org.symbolon.sts.token.IssuedToken;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.GrantTypes;

/** RFC 6749 section 4.4: the client acts for itself, so the token's subject is the client. */
@ApplicationScoped
public class ClientCredentialsGrant implements GrantHandler {

    @Inject
    AccessTokenIssuer issuer;

    @Inject
    TokenScopes scopes;

    @Override
    public String grantType() {
        return GrantTypes.CLIENT_CREDENTIALS;
    }

    @Override
    public TokenResponse handle(Client client, TokenRequest request) {
        Set<String> granted = scopes.grant(client, request.optional("scope"));
        List<String> audience = scopes.audience(client, request.all("resource"), request.all("audience"));
        IssuedToken token = issuer.issue(client, client.clientId(), granted, audience);
        return new TokenResponse(token.value(), "Bearer", token.expiresIn(),
                granted.isEmpty() ? null : String.join(" ", granted), null);
    }
}

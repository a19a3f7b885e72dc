package org.symbolon.sts.token.grant;

import org.symbolon.sts.trust.Client;

/** One grant type: the token endpoint hands an authenticated client's request to the handler of its grant. */
public interface GrantHandler {

    String grantType();

    TokenResponse handle(Client client, TokenRequest request);
}

package org.symbolon.sts.trust;

import java.util.Set;

/** The grant types this build implements; a client can only be registered for these. */
public final class GrantTypes {

    public static final String CLIENT_CREDENTIALS = "client_credentials";

    public static final String TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";

    public static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static final String SAML2_BEARER = "urn:ietf:params:oauth:grant-type:saml2-bearer";

    public static final String AUTHORIZATION_CODE = "authorization_code";

    public static final String REFRESH_TOKEN = "refresh_token";

    public static final Set<String> SUPPORTED = Set.of(CLIENT_CREDENTIALS, TOKEN_EXCHANGE, JWT_BEARER, SAML2_BEARER,
            AUTHORIZATION_CODE, REFRESH_TOKEN);

    private GrantTypes() {
    }
}

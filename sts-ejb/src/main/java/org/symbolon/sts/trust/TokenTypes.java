package org.symbolon.sts.trust;

import java.util.Set;

/** RFC 8693 section 3 token type identifiers. */
public final class TokenTypes {

    public static final String ACCESS_TOKEN = "urn:ietf:params:oauth:token-type:access_token";
    public static final String JWT = "urn:ietf:params:oauth:token-type:jwt";
    public static final String ID_TOKEN = "urn:ietf:params:oauth:token-type:id_token";
    public static final String SAML2 = "urn:ietf:params:oauth:token-type:saml2";

    /** Token types Symbolon issues at the token exchange. */
    public static final Set<String> ISSUABLE = Set.of(ACCESS_TOKEN, JWT, SAML2);

    /** Token types a partner issuer's tokens may be presented as. */
    public static final Set<String> PARTNER_JWT_TYPES = Set.of(JWT, ID_TOKEN, ACCESS_TOKEN);

    private TokenTypes() {
    }
}

package org.symbolon.sts.oidc;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The OpenID Connect scopes this server knows and the user claims each one releases. */
public final class OidcScopes {

    public static final String OPENID = "openid";

    /** Claims by scope; given_name and family_name only when the user has them. */
    public static final Map<String, List<String>> CLAIMS = Map.of(
            "profile", List.of("name", "preferred_username", "given_name", "family_name"),
            "email", List.of("email", "email_verified"),
            "groups", List.of("groups"));

    /** Every client with the authorization_code grant may ask for these, whatever its registered scopes. */
    public static final Set<String> STANDARD = Set.of(OPENID, "profile", "email", "groups");

    private OidcScopes() {
    }
}

package org.symbolon.sts.oidc;

import java.util.Map;
import java.util.Optional;

/** Where the OpenID Connect claims of a local user come from (the user directory). */
public interface UserClaimsSource {

    /**
     * The user's claims by OIDC name ({@code preferred_username}, {@code name}, {@code email}, ...);
     * empty when the user is unknown or disabled.
     */
    Optional<Map<String, Object>> claimsOf(String userId);
}

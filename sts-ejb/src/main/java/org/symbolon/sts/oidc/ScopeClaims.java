package org.symbolon.sts.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The user claims released for the granted scopes (OIDC Core section 5.4); absent claims stay absent. */
public final class ScopeClaims {

    private ScopeClaims() {
    }

    public static Map<String, Object> released(Set<String> scopes, Map<String, Object> userClaims) {
        Map<String, Object> released = new LinkedHashMap<>();
        OidcScopes.CLAIMS.forEach((scope, names) -> {
            if (scopes.contains(scope)) {
                names.stream().filter(userClaims::containsKey).forEach(n -> released.put(n, userClaims.get(n)));
            }
        });
        return released;
    }
}

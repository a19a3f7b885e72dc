package org.symbolon.sts.claims;

import java.util.Set;

/** Claims that only the token service itself decides: no rule may set or remove them. */
public final class ProtectedClaims {

    /**
     * scope is policy's (ExchangeScopes); the rest identify, bound or bind the token; exchange_chain
     * links a token to those it was exchanged from, so revocation must not be steered by a rule.
     */
    public static final Set<String> NAMES = Set.of("iss", "sub", "aud", "exp", "iat", "nbf", "jti", "client_id",
            "act", "may_act", "cnf", "scope", "exchange_chain");

    private ProtectedClaims() {
    }

    public static boolean contains(String claim) {
        return NAMES.contains(claim);
    }
}

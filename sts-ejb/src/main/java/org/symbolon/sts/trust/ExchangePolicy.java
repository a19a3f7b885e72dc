package org.symbolon.sts.trust;

import java.util.Set;

/**
 * What a client may do at token exchange: whose tokens it may present (partner issuer ids; our own
 * access tokens need no listing), which token types it may receive, which actors may act through
 * it, and whether it may impersonate (receive a token without an {@code act} claim).
 */
public record ExchangePolicy(Set<String> trustedIssuers, Set<String> tokenTypes, Set<String> allowedActors,
        boolean impersonation) {

    public static final ExchangePolicy DEFAULT = new ExchangePolicy(Set.of(), Set.of(TokenTypes.ACCESS_TOKEN),
            Set.of(), false);
}

package org.symbolon.sts.token;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What goes into one token we sign: the RFC 9068 claims plus, for exchanged tokens, {@code act}
 * (RFC 8693 section 4.1), the chain of our tokens it was exchanged from, and the claims that
 * claims rules produced ({@code extra}: never a protected claim, the issuer writes those itself).
 *
 * @param typ {@code at+jwt} for access tokens, {@code JWT} for the generic jwt token type
 */
public record TokenClaims(
        String typ,
        String subject,
        String clientId,
        Set<String> scopes,
        List<String> audience,
        long lifetimeSeconds,
        Map<String, Object> act,
        List<String> chain,
        Map<String, Object> extra) {

    public static final String AT_JWT = "at+jwt";
    public static final String JWT = "JWT";
    /** Claim holding the ids of the tokens this one was exchanged from, oldest first. */
    public static final String CHAIN_CLAIM = "exchange_chain";

    public static TokenClaims accessToken(String subject, String clientId, Set<String> scopes, List<String> audience,
            long lifetimeSeconds) {
        return new TokenClaims(AT_JWT, subject, clientId, scopes, audience, lifetimeSeconds, null, List.of(), Map.of());
    }
}

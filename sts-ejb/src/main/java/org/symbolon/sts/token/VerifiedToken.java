package org.symbolon.sts.token;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An access token of ours whose signature, issuer, type and lifetime checked out. */
public record VerifiedToken(JWTClaimsSet claims, String typ) {

    public String jti() {
        return claims.getJWTID();
    }

    public String clientId() {
        return (String) claims.getClaim("client_id");
    }

    public long expiresAtMillis() {
        return claims.getExpirationTime().getTime();
    }

    public List<String> audience() {
        return claims.getAudience();
    }

    /** Ids of our tokens this one was exchanged from (empty for tokens not made by exchange). */
    public List<String> chain() {
        try {
            List<String> chain = claims.getStringListClaim(TokenClaims.CHAIN_CLAIM);
            return chain == null ? List.of() : chain;
        } catch (java.text.ParseException e) {
            return List.of();
        }
    }

    public String type() {
        return typ;
    }

    public Set<String> scopes() {
        Object scope = claims.getClaim("scope");
        return scope instanceof String s && !s.isBlank() ? new LinkedHashSet<>(Arrays.asList(s.split(" "))) : Set.of();
    }
}

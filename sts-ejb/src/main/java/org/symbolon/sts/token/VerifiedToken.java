package org.symbolon.sts.token;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An access token of ours whose signature, issuer, type and lifetime checked out. */
public record VerifiedToken(JWTClaimsSet claims) {

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

    public Set<String> scopes() {
        Object scope = claims.getClaim("scope");
        return scope instanceof String s && !s.isBlank() ? new LinkedHashSet<>(Arrays.asList(s.split(" "))) : Set.of();
    }
}

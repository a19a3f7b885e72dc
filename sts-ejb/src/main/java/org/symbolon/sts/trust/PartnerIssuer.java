package org.symbolon.sts.trust;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.LocalDateTime;
import java.util.Set;
import org.symbolon.sts.claims.ClaimsRuleSet;

/**
 * A trusted partner issuer (a "claims provider trust"): whose tokens Symbolon accepts at the token
 * exchange, under which issuer identifier, verified by which keys and algorithms only, and how its claims are reshaped on arrival.
 */
public record PartnerIssuer(
        String issuerId,
        String issuer,
        String name,
        String protocol,
        JWKSet staticKeys,
        String jwksUri,
        Set<String> tokenTypes,
        String audience,
        Set<JWSAlgorithm> algorithms,
        ClaimsRuleSet incomingRules,
        boolean enabled,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    public static final String PROTOCOL_JWT = "jwt";

    public PartnerIssuerView view() {
        return new PartnerIssuerView(issuerId, issuer, name, protocol,
                staticKeys == null ? null : staticKeys.toString(true), jwksUri, tokenTypes.stream().sorted().toList(),
                audience, algorithms.stream().map(JWSAlgorithm::getName).sorted().toList(), incomingRules.json(), enabled, createdAt,
                updatedAt);
    }
}

package org.symbolon.sts.trust;

import java.time.LocalDateTime;
import java.util.List;

/** A partner issuer as the admin API shows it. */
public record PartnerIssuerView(
        String issuerId,
        String issuer,
        String name,
        String protocol,
        String jwks,
        String jwksUri,
        List<String> tokenTypes,
        String audience,
        List<String> algorithms,
        String incomingRules,
        boolean enabled,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}

package org.symbolon.sts.trust;

import java.util.List;

/** A partner issuer as an administrator describes it ({@code incomingRules} as JSON text); {@link PartnerPolicy} checks it. */
public record PartnerRegistration(
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
        Boolean enabled) {
}

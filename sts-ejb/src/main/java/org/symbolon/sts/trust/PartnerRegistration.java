package org.symbolon.sts.trust;

import java.util.List;

/**
 * A partner issuer as an administrator describes it ({@code incomingRules} as JSON text); {@link PartnerPolicy}
 * checks it. A JWT partner gives {@code jwks} or {@code jwksUri}; a SAML 2.0 partner gives {@code metadata} (the
 * XML) or {@code metadataUrl}, and optionally {@code metadataCertificate}, the PEM certificate that must have signed it.
 */
public record PartnerRegistration(
        String issuerId,
        String issuer,
        String name,
        String protocol,
        String jwks,
        String jwksUri,
        String metadata,
        String metadataUrl,
        String metadataCertificate,
        List<String> tokenTypes,
        String audience,
        List<String> algorithms,
        String incomingRules,
        Boolean enabled) {
}

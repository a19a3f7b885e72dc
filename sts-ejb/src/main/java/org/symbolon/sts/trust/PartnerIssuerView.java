package org.symbolon.sts.trust;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A partner issuer as the admin API shows it.
 *
 * @param metadataCertificate  the pinned certificate that must sign the partner's metadata, or null
 * @param certificates         the partner's signing certificates (SAML metadata, or x5c of its static JWKS)
 * @param certificatesExpireAt when the first of those certificates expires
 */
public record PartnerIssuerView(
        String issuerId,
        String issuer,
        String name,
        String protocol,
        String jwks,
        String jwksUri,
        String metadataUrl,
        CertificateInfo metadataCertificate,
        List<CertificateInfo> certificates,
        LocalDateTime certificatesExpireAt,
        List<String> tokenTypes,
        String audience,
        List<String> algorithms,
        String incomingRules,
        boolean enabled,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}

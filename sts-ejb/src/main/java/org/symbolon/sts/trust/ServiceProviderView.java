package org.symbolon.sts.trust;

import java.time.LocalDateTime;
import java.util.List;
import org.symbolon.sts.token.saml.AcsEndpoint;
import org.symbolon.sts.token.saml.SloEndpoint;

/** A service provider as the admin API shows it: the parsed metadata, then its settings. */
public record ServiceProviderView(
        String id,
        String entityId,
        String displayName,
        boolean enabled,
        String metadataUrl,
        CertificateInfo metadataCertificate,
        List<AcsEndpoint> assertionConsumerServices,
        List<SloEndpoint> singleLogoutServices,
        List<CertificateInfo> signingCertificates,
        List<CertificateInfo> encryptionCertificates,
        LocalDateTime certificatesExpireAt,
        boolean authnRequestsSigned,
        boolean wantAssertionsSigned,
        List<String> nameIdFormats,
        boolean signResponse,
        boolean signAssertion,
        boolean encryptAssertion,
        String nameIdFormat,
        String attributeRules,
        String signatureAlgorithm,
        long assertionLifetime,
        boolean requireSignedAuthnRequests,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}

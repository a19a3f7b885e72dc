package org.symbolon.sts.trust;

import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.symbolon.sts.keys.CertificatePem;
import org.symbolon.sts.token.saml.ServiceProviderMetadata;

/**
 * A SAML 2.0 service provider that Symbolon, as identity provider, signs users in to: what its metadata
 * says (as uploaded, or as last fetched from {@code metadataUrl}) and how Symbolon answers it.
 *
 * @param id                  the URL-safe id of the admin API (entityIDs are URLs)
 * @param metadataXml         the metadata document it was registered from
 * @param metadataCertificate PEM of the certificate that must sign metadata fetched from the URL, or null
 */
public record ServiceProvider(
        String id,
        ServiceProviderMetadata metadata,
        String metadataXml,
        String metadataUrl,
        String metadataCertificate,
        ServiceProviderSettings settings,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    public String entityId() {
        return metadata.entityId();
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** When the first of its signing or encryption certificates expires, or null when it has none. */
    public LocalDateTime certificatesExpireAt() {
        return Stream.concat(metadata.signingCertificates().stream(), metadata.encryptionCertificates().stream())
                .map(X509Certificate::getNotAfter).min(Comparator.naturalOrder())
                .map(notAfter -> LocalDateTime.ofInstant(notAfter.toInstant(), ZoneOffset.UTC)).orElse(null);
    }

    public ServiceProviderView view() {
        ServiceProviderSettings s = settings;
        return new ServiceProviderView(id, entityId(), s.displayName(), s.enabled(), metadataUrl,
                metadataCertificate == null ? null : CertificateInfo.of(CertificatePem.decode(metadataCertificate)),
                metadata.assertionConsumerServices(), metadata.singleLogoutServices(),
                infos(metadata.signingCertificates()), infos(metadata.encryptionCertificates()), certificatesExpireAt(),
                metadata.authnRequestsSigned(), metadata.wantAssertionsSigned(), metadata.nameIdFormats(),
                s.signResponse(), s.signAssertion(), s.encryptAssertion(), s.nameIdFormatName(),
                s.attributeRules().json(), s.signatureAlgorithm(), s.assertionLifetime().toSeconds(),
                s.requireSignedAuthnRequests(), createdAt, updatedAt);
    }

    private static List<CertificateInfo> infos(List<X509Certificate> certificates) {
        return certificates.stream().map(CertificateInfo::of).toList();
    }
}

package org.symbolon.sts.trust;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A SAML 2.0 partner's key material: the metadata it was registered from (the document as uploaded,
 * or as last fetched from {@code metadataUrl}), the certificate that must have signed fetched
 * metadata, and the signing certificates taken from it.
 *
 * @param metadataCertificate PEM of the pinned metadata-signing certificate, or null
 */
public record SamlPartner(String metadata, String metadataUrl, String metadataCertificate,
        List<X509Certificate> certificates) {
}

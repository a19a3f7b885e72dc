package org.symbolon.sts.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.List;
import org.symbolon.sts.keys.CertificatePem;
import org.symbolon.sts.token.saml.PartnerMetadata;
import org.symbolon.sts.token.saml.SamlRefusal;

/**
 * A SAML partner's signing certificates. Uploaded metadata is read once, when it is saved. Metadata
 * from a URL is checked like an upload (its signature against the pinned certificate when one is
 * set) and kept fresh by {@link MetadataRefresh}. Only the registered URL is ever fetched.
 */
@ApplicationScoped
public class PartnerMetadataSource {

    @Inject
    MetadataRefresh refresh;

    /** The certificates to verify with now; {@code retry} asks for a fresh fetch, granted at most once per interval. */
    public List<X509Certificate> certificates(PartnerIssuer partner, boolean retry) {
        SamlPartner saml = partner.saml();
        if (saml == null) {
            return List.of();
        }
        if (saml.metadataUrl() == null) {
            return saml.certificates();
        }
        String key = "partner " + partner.issuerId() + " " + partner.updatedAt() + " " + saml.metadataUrl();
        return refresh.current(key, saml.certificates(), retry, () -> fetch(saml.metadataUrl(), partner.issuer(),
                pinned(saml)).metadata().signingCertificates(), "partner " + partner.issuerId() + " from "
                + saml.metadataUrl());
    }

    /** Fetches and reads a partner's metadata from its URL, as a registration does; refusals say why. */
    public Document fetch(String url, String entityId, X509Certificate pinned) throws SamlRefusal {
        String xml = refresh.download(url);
        return new Document(xml, PartnerMetadata.read(xml, entityId, pinned));
    }

    /** Metadata as fetched: the text, to store, and what was read from it. */
    public record Document(String xml, PartnerMetadata metadata) {
    }

    private static X509Certificate pinned(SamlPartner saml) {
        return saml.metadataCertificate() == null ? null : CertificatePem.decode(saml.metadataCertificate());
    }
}

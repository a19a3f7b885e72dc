package org.symbolon.sts.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import org.symbolon.sts.keys.CertificatePem;
import org.symbolon.sts.token.saml.SamlRefusal;
import org.symbolon.sts.token.saml.ServiceProviderMetadata;

/**
 * A service provider's current metadata. Uploaded metadata is what was read when it was saved.
 * Metadata from a URL is checked like an upload (signed by the pinned certificate when one is set,
 * same entityID) and kept fresh by {@link MetadataRefresh}.
 */
@ApplicationScoped
public class ServiceProviderMetadataSource {

    @Inject
    MetadataRefresh refresh;

    /** Metadata as fetched: the text, to store, and what was read from it. */
    public record Document(String xml, ServiceProviderMetadata metadata) {
    }

    /** Fetches and reads metadata from a URL, as a registration does; refusals say why. */
    public Document fetch(String url, String entityId, X509Certificate pinned) throws SamlRefusal {
        String xml = refresh.download(url);
        return new Document(xml, ServiceProviderMetadata.read(xml, entityId, pinned));
    }

    /** The metadata to use now; {@code retry} asks for a fresh fetch, granted at most once per interval. */
    public ServiceProviderMetadata current(ServiceProvider sp, boolean retry) {
        if (sp.metadataUrl() == null) {
            return sp.metadata();
        }
        String key = "sp " + sp.id() + " " + sp.updatedAt() + " " + sp.metadataUrl();
        return refresh.current(key, sp.metadata(), retry, () -> fetch(sp.metadataUrl(), sp.entityId(),
                sp.metadataCertificate() == null ? null : CertificatePem.decode(sp.metadataCertificate()))
                .metadata(), "service provider " + sp.id() + " from " + sp.metadataUrl());
    }
}

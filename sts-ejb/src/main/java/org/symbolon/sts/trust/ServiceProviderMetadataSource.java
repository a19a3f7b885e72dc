package org.symbolon.sts.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbolon.sts.keys.CertificatePem;
import org.symbolon.sts.token.saml.SamlRefusal;
import org.symbolon.sts.token.saml.ServiceProviderMetadata;

/**
 * A service provider's current metadata. Uploaded metadata is what was read when it was saved. Metadata
 * from a URL is fetched by {@link PartnerDownloads}, checked like an upload (signed by the pinned
 * certificate when one is set, same entityID), refreshed when stale or when a signature does not verify
 * (at most once per minimum interval), and kept when the URL fails or serves something refused.
 */
@ApplicationScoped
public class ServiceProviderMetadataSource {

    private static final Logger LOG = Logger.getLogger(ServiceProviderMetadataSource.class.getName());

    @Inject
    @ConfigProperty(name = "sts.partners.metadata-refresh-interval", defaultValue = "3600")
    long refreshSeconds;

    @Inject
    PartnerDownloads downloads;

    private final ConcurrentHashMap<String, Fetched> cache = new ConcurrentHashMap<>();

    private record Fetched(ServiceProviderMetadata metadata, long fetchedAtNanos, long attemptedAtNanos) {
    }

    /** Metadata as fetched: the text, to store, and what was read from it. */
    public record Document(String xml, ServiceProviderMetadata metadata) {
    }

    /** Fetches and reads metadata from a URL, as a registration does; refusals say why. */
    public Document fetch(String url, String entityId, X509Certificate pinned) throws SamlRefusal {
        String xml = download(url);
        return new Document(xml, ServiceProviderMetadata.read(xml, entityId, pinned));
    }

    /** The metadata to use now; {@code retry} asks for a fresh fetch, granted at most once per interval. */
    public ServiceProviderMetadata current(ServiceProvider sp, boolean retry) {
        if (sp.metadataUrl() == null) {
            return sp.metadata();
        }
        String key = sp.id() + " " + sp.updatedAt() + " " + sp.metadataUrl();
        Fetched current = cache.computeIfAbsent(key, k -> new Fetched(sp.metadata(), System.nanoTime(), 0));
        boolean stale = System.nanoTime() - current.fetchedAtNanos() > Duration.ofSeconds(refreshSeconds).toNanos();
        if ((stale || retry) && downloads.mayRefetch(current.attemptedAtNanos())) {
            current = refresh(key, sp, current);
        }
        return current.metadata();
    }

    private synchronized Fetched refresh(String key, ServiceProvider sp, Fetched previous) {
        Fetched latest = cache.get(key);
        if (latest != null && latest != previous) {
            return latest;
        }
        long now = System.nanoTime();
        Fetched result;
        try {
            X509Certificate pinned = sp.metadataCertificate() == null ? null
                    : CertificatePem.decode(sp.metadataCertificate());
            result = new Fetched(fetch(sp.metadataUrl(), sp.entityId(), pinned).metadata(), now, now);
        } catch (SamlRefusal | RuntimeException e) {
            LOG.warning(() -> "Metadata of service provider " + sp.id() + " from " + sp.metadataUrl()
                    + " was not accepted (" + e.getMessage() + "); keeping the metadata it had");
            result = new Fetched(previous.metadata(), previous.fetchedAtNanos(), now);
        }
        cache.put(key, result);
        return result;
    }

    private String download(String url) throws SamlRefusal {
        try {
            byte[] bytes = downloads.get(url, "application/samlmetadata+xml, application/xml, text/xml",
                    org.symbolon.sts.token.saml.PartnerMetadata.MAX_BYTES);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why = e.getMessage() != null && (e.getMessage().startsWith("HTTP ") || e.getMessage().startsWith("larger"))
                    ? e.getMessage() : e.getClass().getSimpleName();
            throw new SamlRefusal("could not be fetched (" + why + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SamlRefusal("could not be fetched (interrupted)");
        } catch (IllegalArgumentException e) {
            throw new SamlRefusal("could not be fetched (not a valid URL)");
        }
    }
}

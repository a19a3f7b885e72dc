package org.symbolon.sts.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbolon.sts.keys.CertificatePem;
import org.symbolon.sts.token.saml.PartnerMetadata;
import org.symbolon.sts.token.saml.SamlRefusal;

/**
 * A SAML partner's signing certificates. Uploaded metadata is read once, when it is saved. Metadata
 * from a URL is fetched with timeouts, checked like an upload (its signature against the pinned
 * certificate when one is set), refreshed when stale, kept when the URL fails or serves something
 * refused, and fetched again at most once per minimum interval when a signature does not verify
 * (the partner may have rolled its key). Only the registered URL is ever fetched.
 */
@ApplicationScoped
public class PartnerMetadataSource {

    private static final Logger LOG = Logger.getLogger(PartnerMetadataSource.class.getName());

    @Inject
    @ConfigProperty(name = "sts.partners.metadata-refresh-interval", defaultValue = "3600")
    long refreshSeconds;

    @Inject
    PartnerDownloads downloads;

    private final ConcurrentHashMap<String, Fetched> cache = new ConcurrentHashMap<>();

    private record Fetched(List<X509Certificate> certificates, long fetchedAtNanos, long attemptedAtNanos) {
    }

    /** The certificates to verify with now; {@code retry} asks for a fresh fetch, granted at most once per interval. */
    public List<X509Certificate> certificates(PartnerIssuer partner, boolean retry) {
        SamlPartner saml = partner.saml();
        if (saml == null) {
            return List.of();
        }
        if (saml.metadataUrl() == null) {
            return saml.certificates();
        }
        String key = partner.issuerId() + " " + partner.updatedAt() + " " + saml.metadataUrl();
        Fetched current = cache.computeIfAbsent(key, k -> new Fetched(saml.certificates(), System.nanoTime(), 0));
        boolean stale = age(current.fetchedAtNanos()) > Duration.ofSeconds(refreshSeconds).toNanos();
        boolean mayFetch = downloads.mayRefetch(current.attemptedAtNanos());
        if ((stale || retry) && mayFetch) {
            current = refresh(key, partner, current);
        }
        return current.certificates();
    }

    /** Fetches and reads a partner's metadata from its URL, as a registration does; refusals say why. */
    public Document fetch(String url, String entityId, X509Certificate pinned) throws SamlRefusal {
        String xml = download(url);
        return new Document(xml, PartnerMetadata.read(xml, entityId, pinned));
    }

    /** Metadata as fetched: the text, to store, and what was read from it. */
    public record Document(String xml, PartnerMetadata metadata) {
    }

    private synchronized Fetched refresh(String key, PartnerIssuer partner, Fetched previous) {
        Fetched latest = cache.get(key);
        if (latest != null && latest != previous) {
            return latest;
        }
        long now = System.nanoTime();
        Fetched result;
        SamlPartner saml = partner.saml();
        try {
            X509Certificate pinned = saml.metadataCertificate() == null ? null
                    : CertificatePem.decode(saml.metadataCertificate());
            PartnerMetadata metadata = fetch(saml.metadataUrl(), partner.issuer(), pinned).metadata();
            result = new Fetched(metadata.signingCertificates(), now, now);
        } catch (SamlRefusal | RuntimeException e) {
            LOG.warning(() -> "Metadata of partner " + partner.issuerId() + " from " + saml.metadataUrl()
                    + " was not accepted (" + e.getMessage() + "); keeping the certificates it had");
            result = new Fetched(previous.certificates(), previous.fetchedAtNanos(), now);
        }
        cache.put(key, result);
        return result;
    }

    private String download(String url) throws SamlRefusal {
        try {
            byte[] bytes = downloads.get(url, "application/samlmetadata+xml, application/xml, text/xml",
                    PartnerMetadata.MAX_BYTES);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why = e.getMessage() != null && (e.getMessage().startsWith("HTTP ") || e.getMessage().startsWith("larger"))
                    ? e.getMessage() : e.getClass().getSimpleName();
            throw new SamlRefusal("could not be fetched (" + why + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SamlRefusal("could not be fetched (interrupted)");
        }
    }

    private static long age(long nanos) {
        return System.nanoTime() - nanos;
    }
}

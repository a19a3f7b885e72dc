package org.symbolon.sts.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbolon.sts.token.saml.PartnerMetadata;
import org.symbolon.sts.token.saml.SamlRefusal;

/**
 * SAML metadata registered by URL (partners' and service providers'), kept fresh: fetched with the
 * shared bounded downloader, refreshed when older than the refresh interval or when the caller asks
 * (a signature did not verify: the other side may have rolled its key), at most once per minimum
 * interval, and kept as it was when the URL fails or serves something refused.
 */
@ApplicationScoped
public class MetadataRefresh {

    private static final Logger LOG = Logger.getLogger(MetadataRefresh.class.getName());

    /** Fetches and reads a document; a refusal says why it was not taken. */
    @FunctionalInterface
    public interface Reader<T> {
        T read() throws SamlRefusal;
    }

    private record Fetched(Object value, long fetchedAtNanos, long attemptedAtNanos) {
    }

    @Inject
    @ConfigProperty(name = "sts.partners.metadata-refresh-interval", defaultValue = "3600")
    long refreshSeconds;

    @Inject
    PartnerDownloads downloads;

    private final ConcurrentHashMap<String, Fetched> cache = new ConcurrentHashMap<>();

    /**
     * What to use now for {@code key} (which changes whenever the registration does); {@code stored}
     * is what the registration holds, {@code who} names the party in the log.
     */
    @SuppressWarnings("unchecked")
    public <T> T current(String key, T stored, boolean retry, Reader<T> reader, String who) {
        Fetched current = cache.computeIfAbsent(key, k -> new Fetched(stored, System.nanoTime(), 0));
        boolean stale = System.nanoTime() - current.fetchedAtNanos() > Duration.ofSeconds(refreshSeconds).toNanos();
        if ((stale || retry) && downloads.mayRefetch(current.attemptedAtNanos())) {
            current = refresh(key, current, reader, who);
        }
        return (T) current.value();
    }

    /** The document at the URL as text, within the size bound; a failure is a refusal that says why. */
    public String download(String url) throws SamlRefusal {
        try {
            byte[] bytes = downloads.get(url, "application/samlmetadata+xml, application/xml, text/xml",
                    PartnerMetadata.MAX_BYTES);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why = e.getMessage() != null && (e.getMessage().startsWith("HTTP ")
                    || e.getMessage().startsWith("larger")) ? e.getMessage() : e.getClass().getSimpleName();
            throw new SamlRefusal("could not be fetched (" + why + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SamlRefusal("could not be fetched (interrupted)");
        } catch (IllegalArgumentException e) {
            throw new SamlRefusal("could not be fetched (not a valid URL)");
        }
    }

    private synchronized Fetched refresh(String key, Fetched previous, Reader<?> reader, String who) {
        Fetched latest = cache.get(key);
        if (latest != null && latest != previous) {
            return latest;
        }
        long now = System.nanoTime();
        Fetched result;
        try {
            result = new Fetched(reader.read(), now, now);
        } catch (SamlRefusal | RuntimeException e) {
            LOG.warning(() -> "Metadata of " + who + " was not accepted (" + e.getMessage()
                    + "); keeping what it had");
            result = new Fetched(previous.value(), previous.fetchedAtNanos(), now);
        }
        cache.put(key, result);
        return result;
    }
}

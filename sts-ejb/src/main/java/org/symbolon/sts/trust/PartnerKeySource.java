package org.symbolon.sts.trust;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A partner's verification keys: its static JWKS, or its JWKS URL fetched with timeouts, cached,
 * refreshed when stale, kept when the URL fails, and re-fetched for an unknown kid at most once
 * per minimum interval. Only the configured URL is ever fetched; nothing in a token picks a URL.
 */
@ApplicationScoped
public class PartnerKeySource {

    private static final Logger LOG = Logger.getLogger(PartnerKeySource.class.getName());
    private static final int MAX_JWKS_BYTES = 512 * 1024;

    @Inject
    @ConfigProperty(name = "sts.partners.jwks-cache-ttl", defaultValue = "300")
    long cacheTtlSeconds;

    @Inject
    PartnerDownloads downloads;

    private final ConcurrentHashMap<String, Fetched> cache = new ConcurrentHashMap<>();

    private record Fetched(List<JWK> keys, long fetchedAtNanos, long attemptedAtNanos) {
    }

    /** Keys that may have signed a token with this kid (all keys when the token names none). */
    public List<JWK> candidates(PartnerIssuer partner, String kid) {
        if (partner.staticKeys() != null) {
            return select(partner.staticKeys().getKeys(), kid);
        }
        String uri = partner.jwksUri();
        Fetched current = cache.get(uri);
        boolean mayRetry = current == null || downloads.mayRefetch(current.attemptedAtNanos());
        if (current == null || (mayRetry && age(current.fetchedAtNanos()) > Duration.ofSeconds(cacheTtlSeconds)
                .toNanos())) {
            current = refresh(uri, current);
            mayRetry = false;
        }
        List<JWK> found = select(current.keys(), kid);
        return found.isEmpty() && mayRetry ? select(refresh(uri, current).keys(), kid) : found;
    }

    private synchronized Fetched refresh(String uri, Fetched previous) {
        Fetched latest = cache.get(uri);
        if (latest != null && latest != previous) {
            return latest;
        }
        long now = System.nanoTime();
        Fetched result;
        try {
            result = new Fetched(fetch(uri), now, now);
        } catch (IOException | ParseException | RuntimeException e) {
            LOG.warning(() -> "Partner JWKS " + uri + " could not be fetched (" + e.getClass().getSimpleName()
                    + "); keeping " + (previous == null ? "no" : "the cached") + " keys");
            result = previous == null ? new Fetched(List.of(), 0, now)
                    : new Fetched(previous.keys(), previous.fetchedAtNanos(), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = previous == null ? new Fetched(List.of(), 0, now) : previous;
        }
        cache.put(uri, result);
        return result;
    }

    private List<JWK> fetch(String uri) throws IOException, InterruptedException, ParseException {
        byte[] bytes = downloads.get(uri, "application/jwk-set+json, application/json", MAX_JWKS_BYTES);
        return JWKSet.parse(new String(bytes, StandardCharsets.UTF_8)).toPublicJWKSet().getKeys();
    }

    private static List<JWK> select(List<JWK> keys, String kid) {
        return kid == null ? keys : keys.stream().filter(k -> kid.equals(k.getKeyID())).toList();
    }

    private static long age(long nanos) {
        return System.nanoTime() - nanos;
    }
}

package org.symbolon.sts.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.symbolon.sts.config.StsConfig;

/**
 * Client lookups for the token hot path: a short-lived in-memory copy of each client, so a token
 * request does not wait on the database. Changes made on this node are seen at once; changes made
 * on another node within the cache time-to-live.
 */
@ApplicationScoped
public class ClientDirectory {

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    ClientRepository repository;

    @Inject
    StsConfig config;

    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    private record Entry(Optional<Client> client, long loadedAtNanos) {
    }

    public Optional<Client> find(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        long ttl = config.clientCacheTtl().toNanos();
        Entry entry = cache.get(clientId);
        long now = System.nanoTime();
        if (entry != null && now - entry.loadedAtNanos() < ttl) {
            return entry.client();
        }
        Optional<Client> loaded = repository.find(clientId);
        if (ttl > 0 && (loaded.isPresent() || cache.size() < MAX_ENTRIES)) {
            cache.put(clientId, new Entry(loaded, now));
        }
        return loaded;
    }

    public void invalidate(String clientId) {
        cache.remove(clientId);
    }
}

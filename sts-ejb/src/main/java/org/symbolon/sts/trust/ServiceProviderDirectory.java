package org.symbolon.sts.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.symbolon.sts.config.StsConfig;

/**
 * Service providers by entityID, held in memory for the single sign-on path and reloaded after the
 * client cache time-to-live (changes on another node) or at once after a change here.
 */
@ApplicationScoped
public class ServiceProviderDirectory {

    @Inject
    ServiceProviderRepository repository;

    @Inject
    StsConfig config;

    private volatile Map<String, ServiceProvider> byEntityId;
    private volatile long loadedAtNanos;

    /** The registered service provider with this entityID, enabled or not (callers decide what disabled means). */
    public Optional<ServiceProvider> findByEntityId(String entityId) {
        if (entityId == null) {
            return Optional.empty();
        }
        Map<String, ServiceProvider> current = byEntityId;
        if (current == null || System.nanoTime() - loadedAtNanos > config.clientCacheTtl().toNanos()) {
            current = repository.findAll().stream()
                    .collect(Collectors.toUnmodifiableMap(ServiceProvider::entityId, Function.identity()));
            byEntityId = current;
            loadedAtNanos = System.nanoTime();
        }
        return Optional.ofNullable(current.get(entityId));
    }

    /** By entityID or, failing that, by the admin API's id (links for IdP-initiated sign-in use either). */
    public Optional<ServiceProvider> findByEntityIdOrId(String reference) {
        Optional<ServiceProvider> byEntity = findByEntityId(reference);
        Map<String, ServiceProvider> current = byEntityId;
        return byEntity.isPresent() || current == null ? byEntity
                : current.values().stream().filter(sp -> sp.id().equals(reference)).findFirst();
    }

    public void invalidate() {
        byEntityId = null;
    }
}

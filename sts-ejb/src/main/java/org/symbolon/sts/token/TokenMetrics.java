package org.symbolon.sts.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counters for /metrics: tokens issued per grant and client, errors per OAuth error code. Each
 * counter is looked up in the registry once and then kept: a registry lookup with tags on every
 * request costs more than the count itself.
 */
@ApplicationScoped
public class TokenMetrics {

    @Inject
    MetricRegistry registry;

    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

    public void issued(String grantType, String clientId) {
        counter("sts_tokens_issued", "grant_type", grantType, "client_id", clientId).inc();
    }

    public void error(String endpoint, String errorCode) {
        counter("sts_errors", "endpoint", endpoint, "error", errorCode).inc();
    }

    public void introspected(boolean active) {
        counter("sts_introspections", "active", Boolean.toString(active)).inc();
    }

    public void revoked() {
        counter("sts_revocations").inc();
    }

    /** @param tags tag names and values, alternating */
    private Counter counter(String name, String... tags) {
        String key = name + "\u0000" + String.join("\u0000", tags);
        return counters.computeIfAbsent(key, k -> {
            Tag[] list = new Tag[tags.length / 2];
            for (int i = 0; i < list.length; i++) {
                list[i] = new Tag(tags[2 * i], tags[2 * i + 1]);
            }
            return registry.counter(name, list);
        });
    }
}

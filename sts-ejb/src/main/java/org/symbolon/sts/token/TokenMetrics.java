package org.symbolon.sts.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Counters for /metrics: tokens issued per grant and client, errors per OAuth error code. */
@ApplicationScoped
public class TokenMetrics {

    @Inject
    MetricRegistry registry;

    public void issued(String grantType, String clientId) {
        registry.counter("sts_tokens_issued", new Tag("grant_type", grantType), new Tag("client_id", clientId)).inc();
    }

    public void error(String endpoint, String errorCode) {
        registry.counter("sts_errors", new Tag("endpoint", endpoint), new Tag("error", errorCode)).inc();
    }

    public void introspected(boolean active) {
        registry.counter("sts_introspections", new Tag("active", Boolean.toString(active))).inc();
    }

    public void revoked() {
        registry.counter("sts_revocations").inc();
    }
}

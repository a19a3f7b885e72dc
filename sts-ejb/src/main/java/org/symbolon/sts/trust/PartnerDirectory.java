package org.symbolon.sts.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.symbolon.sts.config.StsConfig;

/**
 * Partner issuers by their {@code iss} value, held in memory for the exchange hot path and
 * reloaded after the client cache time-to-live (changes on another node) or at once after a change here.
 */
@ApplicationScoped
public class PartnerDirectory {

    @Inject
    PartnerIssuerRepository repository;

    @Inject
    StsConfig config;

    private volatile Map<String, PartnerIssuer> byIssuer;
    private volatile long loadedAtNanos;

    public Optional<PartnerIssuer> byIssuer(String issuer) {
        if (issuer == null) {
            return Optional.empty();
        }
        Map<String, PartnerIssuer> current = byIssuer;
        if (current == null || System.nanoTime() - loadedAtNanos > config.clientCacheTtl().toNanos()) {
            current = repository.findAll().stream()
                    .collect(Collectors.toUnmodifiableMap(PartnerIssuer::issuer, Function.identity()));
            byIssuer = current;
            loadedAtNanos = System.nanoTime();
        }
        return Optional.ofNullable(current.get(issuer));
    }

    public void invalidate() {
        byIssuer = null;
    }
}

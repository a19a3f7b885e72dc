package org.symbolon.sts.authn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.symbolon.sts.config.StsConfig;

/**
 * Limits failed client authentications per client id in one-minute windows, so a secret cannot be
 * guessed online. Counters are per node: a cluster of N nodes allows at most N times the limit.
 */
@ApplicationScoped
public class FailedAuthThrottle {

    private static final int MAX_TRACKED = 100_000;

    @Inject
    StsConfig config;

    private final ConcurrentHashMap<String, Window> failures = new ConcurrentHashMap<>();

    private record Window(long minute, AtomicInteger count) {
    }

    public boolean isBlocked(String clientId) {
        Window window = failures.get(clientId);
        return window != null && window.minute() == currentMinute()
                && window.count().get() >= config.maxFailedClientAuthPerMinute();
    }

    public void recordFailure(String clientId) {
        if (clientId == null) {
            return;
        }
        long minute = currentMinute();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(w -> w.minute() != minute);
        }
        failures.compute(clientId, (id, w) -> w == null || w.minute() != minute ? new Window(minute,
                new AtomicInteger(1)) : incremented(w));
    }

    private static Window incremented(Window w) {
        w.count().incrementAndGet();
        return w;
    }

    private static long currentMinute() {
        return System.currentTimeMillis() / 60_000;
    }
}

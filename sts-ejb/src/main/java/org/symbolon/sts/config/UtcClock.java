package org.symbolon.sts.config;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Database timestamps are UTC wall-clock values; this is the one place that converts them. */
public final class UtcClock {

    private UtcClock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public static LocalDateTime of(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant toInstant(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }
}

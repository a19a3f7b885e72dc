package org.symbolon.sts.config;

/**
 * Decides from periodic samples when a full collection is due: the process has used at most a
 * small share of one core for a while, and young collections have since the last full collection
 * promoted into the old generation at least a given share of the room that collection left free
 * there. Not thread-safe: one timer feeds it.
 */
final class IdleDetector {

    private final long idleAfterNanos;
    private final double maxCoreShare;
    private final double minPromotedShare;

    private long lastNanos = Long.MIN_VALUE;
    private long lastCpuNanos;
    /** Start of the current quiet stretch, or {@code Long.MIN_VALUE} while busy. */
    private long quietSinceNanos = Long.MIN_VALUE;

    IdleDetector(long idleAfterNanos, double maxCoreShare, double minPromotedShare) {
        this.idleAfterNanos = idleAfterNanos;
        this.maxCoreShare = maxCoreShare;
        this.minPromotedShare = minPromotedShare;
    }

    /**
     * Takes one sample: the monotonic time, the process's CPU time so far, and the old
     * generation's occupancy now, its occupancy just after the last full collection and its size.
     * True when a collection is due now; the caller then collects and calls {@link #collected}.
     */
    boolean due(long nowNanos, long processCpuNanos, long oldUsed, long oldAfterLastFull, long oldCommitted) {
        if (lastNanos != Long.MIN_VALUE && nowNanos > lastNanos) {
            double share = (double) (processCpuNanos - lastCpuNanos) / (nowNanos - lastNanos);
            if (share > maxCoreShare) {
                quietSinceNanos = Long.MIN_VALUE;
            } else if (quietSinceNanos == Long.MIN_VALUE) {
                quietSinceNanos = lastNanos;
            }
        }
        lastNanos = nowNanos;
        lastCpuNanos = processCpuNanos;
        return quietSinceNanos != Long.MIN_VALUE
                && nowNanos - quietSinceNanos >= idleAfterNanos
                && oldUsed - oldAfterLastFull > 0
                && oldUsed - oldAfterLastFull >= minPromotedShare * (oldCommitted - oldAfterLastFull);
    }

    /** The collection's own CPU does not count as load: the quiet stretch starts again after it. */
    void collected(long nowNanos, long processCpuNanos) {
        lastNanos = nowNanos;
        lastCpuNanos = processCpuNanos;
        quietSinceNanos = Long.MIN_VALUE;
    }
}

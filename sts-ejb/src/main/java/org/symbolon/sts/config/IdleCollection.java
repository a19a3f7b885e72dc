package org.symbolon.sts.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the full collection that the old generation will need anyway while the server is idle
 * rather than under load. Young collections promote a little of what requests allocate; once the
 * old generation is full, the JVM stops every request thread for a full collection (a few hundred
 * milliseconds on a small machine), and the requests queued behind it show in the tail latency.
 * When the server has used almost no CPU for a while and young collections have filled a quarter
 * of the room the last full collection left in the old generation, this one collects: the pause
 * falls on no request, the next busy spell starts with the old generation's whole headroom, and
 * the serial collector gives memory that is mostly free back to the system. Disabled with
 * {@code sts.gc.idle-after=0} (or when the JVM names no old generation).
 */
@Singleton
@Startup
public class IdleCollection {

    private static final Logger LOG = Logger.getLogger(IdleCollection.class.getName());
    private static final long SAMPLE_MILLIS = 2000;

    /** Seconds of near-zero CPU before a collection; 0 disables it. */
    @Inject
    @ConfigProperty(name = "sts.gc.idle-after", defaultValue = "10")
    long idleAfterSeconds;

    /** Percent of one core the process may use and still count as idle. */
    @Inject
    @ConfigProperty(name = "sts.gc.idle-cpu-percent", defaultValue = "10")
    int idleCpuPercent;

    /** Percent of the room the last full collection left in the old generation that must fill first. */
    @Inject
    @ConfigProperty(name = "sts.gc.idle-min-promoted-percent", defaultValue = "25")
    int minPromotedPercent;

    @Resource
    TimerService timers;

    private IdleDetector detector;
    private MemoryPoolMXBean oldGeneration;
    private com.sun.management.OperatingSystemMXBean os;

    @PostConstruct
    void start() {
        if (idleAfterSeconds <= 0) {
            return;
        }
        oldGeneration = oldGeneration();
        if (oldGeneration == null || !(ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean bean) || bean.getProcessCpuTime() < 0) {
            LOG.info("Idle collection off: this JVM reports no old generation or no process CPU time");
            return;
        }
        os = bean;
        detector = new IdleDetector(TimeUnit.SECONDS.toNanos(idleAfterSeconds), percent(idleCpuPercent),
                percent(minPromotedPercent));
        timers.createIntervalTimer(SAMPLE_MILLIS, SAMPLE_MILLIS, new TimerConfig("idle-collection", false));
    }

    /** One sample at a time (the singleton's write lock), outside any transaction. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sample() {
        MemoryUsage now = oldGeneration.getUsage();
        MemoryUsage afterLastFull = oldGeneration.getCollectionUsage();
        if (now == null || afterLastFull == null) {
            return;
        }
        if (!detector.due(System.nanoTime(), os.getProcessCpuTime(), now.getUsed(), afterLastFull.getUsed(),
                now.getCommitted())) {
            return;
        }
        long started = System.nanoTime();
        System.gc();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        detector.collected(System.nanoTime(), os.getProcessCpuTime());
        MemoryUsage after = oldGeneration.getUsage();
        LOG.log(Level.FINE, "Idle collection in {0} ms: old generation {1} -> {2} MiB", new Object[] {
            millis, now.getUsed() >> 20, after == null ? "?" : after.getUsed() >> 20});
    }

    private static double percent(int value) {
        return Math.min(100, Math.max(1, value)) / 100.0;
    }

    /** The heap pool named for the old generation ("Tenured Gen" under the serial collector). */
    private static MemoryPoolMXBean oldGeneration() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName().toLowerCase(Locale.ROOT);
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    && (name.contains("old") || name.contains("tenured"))) {
                return pool;
            }
        }
        return null;
    }
}

package org.symbolon.sts.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.config.Uuids;

/**
 * The audit trail: a success or failure record per operation. Written in the caller's transaction,
 * so an admin change and its record land together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("org.symbolon.sts.audit");
    private static final JsonProvider JSON_P = JsonProvider.provider();

    @Inject
    AuditRepository repository;

    @Inject
    AuditQueue queue;

    @Inject
    AuditFlusher flusher;

    public void success(String actor, String action, String target, Object before, Object after) {
        append(actor, action, target, "success", before, after);
    }

    public void failure(String actor, String action, String target) {
        append(actor, action, target, "failure", null, null);
    }

    /**
     * Records an event without waiting for the database: queued and written in batches by
     * {@link AuditFlusher}. A full queue writes at once instead, so no event is dropped.
     */
    public void later(String actor, String action, String target, String outcome, Object details) {
        AuditEvent event = new AuditEvent(Uuids.timeOrdered(), UtcClock.now(), actor, action, target,
                outcome, null, toJson(details));
        if (!queue.offer(event)) {
            repository.append(event);
        } else if (queue.claimEarlyFlush()) {
            flusher.flushSoon();
        }
    }

    public List<AuditEvent> latest(int max) {
        return repository.latest(max);
    }

    public List<AuditEvent> latestFor(String target, int max) {
        return repository.latestFor(target, max);
    }

    private void append(String actor, String action, String target, String outcome, Object before, Object after) {
        AuditEvent event = new AuditEvent(Uuids.timeOrdered(), UtcClock.now(), actor, action, target,
                outcome, toJson(before), toJson(after));
        repository.append(event);
        LOG.info(() -> "audit " + outcome + " action=" + action + " actor=" + loggable(actor)
                + " target=" + loggable(target));
    }

    /** Values can come from callers: no line breaks or control characters reach the log. */
    private static String loggable(String value) {
        if (value == null) {
            return "-";
        }
        String cut = value.length() > 128 ? value.substring(0, 128) + "..." : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    /**
     * The details as JSON. A map of strings, numbers, booleans, lists and maps (every event of a
     * token exchange) is written by JSON-P, at a fraction of JSON-B's cost; anything else by JSON-B.
     */
    @SuppressWarnings("unchecked")
    static String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            try {
                return JSON_P.createObjectBuilder((Map<String, Object>) map).build().toString();
            } catch (RuntimeException e) {
                // a key or value JSON-P does not write (an enum, a record, NaN): JSON-B below
            }
        }
        return JsonB.JSON.toJson(value);
    }

    /** JSON-B, made on first use: most events never need it. */
    private static final class JsonB {
        static final Jsonb JSON = JsonbBuilder.create();
    }
}

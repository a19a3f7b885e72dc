package org.symbolon.sts.audit;

import java.time.LocalDateTime;

/** Who did what to which object, when, with what outcome; before/after are JSON without secrets. */
public record AuditEvent(
        String id,
        LocalDateTime occurredAt,
        String actor,
        String action,
        String target,
        String outcome,
        String beforeJson,
        String afterJson) {
}

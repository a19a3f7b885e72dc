package org.symbolon.sts.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.symbolon.sts.audit.AuditLog;

/** Session events in the audit trail, written in batches off the request's path. */
@ApplicationScoped
public class SessionAudit {

    @Inject
    AuditLog audit;

    public void started(String username, String sessionId, String amr) {
        audit.later(username, "session.start", sessionId, "success", Map.of("amr", amr));
    }

    public void ended(String action, String sessionId) {
        audit.later("system", action, sessionId, "success", null);
    }
}

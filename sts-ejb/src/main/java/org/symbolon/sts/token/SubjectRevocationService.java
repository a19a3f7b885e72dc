package org.symbolon.sts.token;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;

/**
 * Revokes every token a subject has received through one client so far (access tokens, exchanged
 * JWTs and SAML assertions): one entry, effective at once here and on other nodes at their next
 * sync, kept until the longest such token would have expired.
 */
@Stateless
public class SubjectRevocationService {

    @Inject
    RevocationRepository repository;

    @Inject
    RevocationList list;

    @Inject
    StsConfig config;

    @Inject
    AuditLog audit;

    public LocalDateTime revoke(String subject, String clientId, String actor) {
        if (subject == null || subject.isBlank() || subject.length() > 1024) {
            throw StsException.invalidField("subject", "subject is required (at most 1024 characters)");
        }
        if (clientId == null || clientId.isBlank() || clientId.length() > 128) {
            throw StsException.invalidField("clientId", "clientId is required");
        }
        LocalDateTime now = UtcClock.now();
        LocalDateTime expires = expiryOfTokensUntil(now);
        long nowMillis = UtcClock.toInstant(now).toEpochMilli();
        String key = SubjectRevocationKey.of(subject, clientId);
        repository.insertIfAbsent(new RevokedToken(SubjectRevocationKey.rowId(key, nowMillis), clientId, expires,
                now));
        list.revokeSubject(key, nowMillis, UtcClock.toInstant(expires).toEpochMilli());
        audit.success(actor, "token.revoke-subject", clientId, null, Map.of("subject", subject));
        return now;
    }

    /** Revokes every token the subject has received so far, through any client (a disabled or deleted user). */
    public LocalDateTime revokeForAllClients(String subject, String actor) {
        if (subject == null || subject.isBlank() || subject.length() > 1024) {
            throw StsException.invalidField("subject", "subject is required (at most 1024 characters)");
        }
        LocalDateTime now = UtcClock.now();
        LocalDateTime expires = expiryOfTokensUntil(now);
        long nowMillis = UtcClock.toInstant(now).toEpochMilli();
        String key = SubjectRevocationKey.ofSubject(subject);
        repository.insertIfAbsent(new RevokedToken(SubjectRevocationKey.allClientsRowId(key, nowMillis), null, expires,
                now));
        list.revokeSubjectForAllClients(key, nowMillis, UtcClock.toInstant(expires).toEpochMilli());
        audit.success(actor, "token.revoke-subject", "*", null, Map.of("subject", subject));
        return now;
    }

    /** The longest-lived token issued until now is expired by then. */
    private LocalDateTime expiryOfTokensUntil(LocalDateTime now) {
        return now.plus(config.maxAccessTokenLifetime()).plus(config.clockSkew());
    }
}

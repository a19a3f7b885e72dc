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
        LocalDateTime expires = now.plus(config.maxAccessTokenLifetime()).plus(config.clockSkew());
        long nowMillis = UtcClock.toInstant(now).toEpochMilli();
        String key = SubjectRevocationKey.of(subject, clientId);
        repository.insertIfAbsent(new RevokedToken(SubjectRevocationKey.rowId(key, nowMillis), clientId, expires,
                now));
        list.revokeSubject(key, nowMillis, UtcClock.toInstant(expires).toEpochMilli());
        audit.success(actor, "token.revoke-subject", clientId, null, Map.of("subject", subject));
        return now;
    }
}

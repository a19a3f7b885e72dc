package org.symbolon.sts.token;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** What we remember of a SAML assertion we issued: enough to introspect and revoke it by its ID. */
public record AssertionRecord(String id, String clientId, String subject, String audience, LocalDateTime issuedAt,
        LocalDateTime expiresAt, List<String> chain, Map<String, Object> act) {
}

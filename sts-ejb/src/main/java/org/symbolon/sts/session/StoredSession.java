package org.symbolon.sts.session;

import java.time.Instant;
import java.util.List;

/** A session row: the protocol view plus what only the session service needs. */
public record StoredSession(String id, String cookieHash, String userId, String username, Instant authTime,
        List<String> amr, String acr, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {

    SsoSession view() {
        return new SsoSession(id, userId, username, authTime, amr, acr, expiresAt);
    }
}

package org.symbolon.sts.session;

import java.time.Instant;
import java.util.Map;

/**
 * A protocol request waiting for the user to sign in: the login page sends the browser back to
 * {@code resumePath?ticket=id} once the user has.
 *
 * @param forceAuthn the user must type credentials even with a live session (prompt=login, ForceAuthn, max_age)
 * @param loginHint a username to prefill, or null
 * @param relyingPartyName the application's display name for the login page, or null
 */
public record PendingLogin(String id, String resumePath, Map<String, String> parameters, boolean forceAuthn,
        String loginHint, String relyingPartyName, Instant createdAt) {
}

package org.symbolon.sts.session;

import java.time.Instant;
import java.util.List;

/**
 * A signed-in user's single sign-on session, as the protocols see it.
 *
 * @param id the public session id (the OIDC {@code sid}); never the cookie value
 * @param userId the local user's id (the OIDC public {@code sub})
 * @param username the username the user signed in with
 * @param authTime when the user last authenticated
 * @param amr the authentication methods used ({@code pwd}, later {@code otp}, ...)
 * @param acr the authentication context class reached
 * @param expiresAt when the session ends at the latest (absolute timeout)
 */
public record SsoSession(String id, String userId, String username, Instant authTime, List<String> amr, String acr,
        Instant expiresAt) {
}

package org.symbolon.sts.session;

import java.util.List;

/**
 * CDI event: a single sign-on session ended, however it ended, with the applications that had
 * joined it as they were before its rows went. Fired inside the transaction that ended it, so
 * observers that reach outside wait for its commit ({@code TransactionPhase.AFTER_SUCCESS}).
 *
 * @param sessionId the public session id (the OIDC {@code sid})
 * @param userId the local user's id
 * @param participants the relying parties that had joined, in the order they joined
 * @param reason what ended it, as audited: {@code session.end}, {@code session.end-user},
 *               {@code session.replace} or {@code session.expire}
 */
public record SessionEnded(String sessionId, String userId, List<SessionParticipant> participants, String reason) {

    /** The reason of a logout (RP-initiated or SAML Single Logout), as opposed to expiry or replacement. */
    public static final String LOGOUT = "session.end";

    public SessionEnded {
        participants = List.copyOf(participants);
    }

    public boolean byLogout() {
        return LOGOUT.equals(reason);
    }
}

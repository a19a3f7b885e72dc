package org.symbolon.sts.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The shared store of SSO sessions, so that every node knows every session. */
public interface SessionRepository {

    void insert(StoredSession session);

    /** A new login of the session's own user: new cookie hash, auth time, methods and end; same participants. */
    void reauthenticate(StoredSession session);

    Optional<StoredSession> findByCookieHash(String cookieHash);

    Optional<StoredSession> findById(String id);

    void touch(String id, Instant lastSeenAt);

    /** Removes the session and its participants; false when it was already gone. */
    boolean delete(String id);

    /** The ids of the user's live sessions. */
    List<String> idsForUser(String userId);

    /** Records the participant once; joining again changes nothing. */
    void addParticipant(String sessionId, SessionParticipant participant, Instant joinedAt);

    List<SessionParticipant> participants(String sessionId);

    /** The session a relying party joined under this SessionIndex (SAML logout arrives without a cookie). */
    Optional<String> sessionIdByParticipant(String protocol, String relyingParty, String sessionIndex);

    /** The sessions a relying party joined under this NameID (a LogoutRequest without SessionIndex names them all). */
    List<String> sessionIdsByParticipantNameId(String protocol, String relyingParty, String nameId);

    /** Ids of (at most {@code max}) sessions past their absolute end or idle since before {@code idleBefore}. */
    List<String> expiredIds(Instant now, Instant idleBefore, int max);
}

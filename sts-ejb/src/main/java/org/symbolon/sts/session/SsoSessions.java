package org.symbolon.sts.session;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.symbolon.sts.config.SessionConfig;

/**
 * Single sign-on sessions, kept in the shared database so that any node can carry a browser on.
 * The browser holds a random 256-bit value; the database holds its hash, and the protocols see a
 * separate public id ({@code sid}).
 */
@Stateless
public class SsoSessions {

    /** Idle time is tracked to this precision, so a busy session is not written on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(60);
    /** Sessions ended per purge run, so one run stays one short transaction. */
    private static final int PURGE_BATCH = 1000;

    @Inject
    SessionRepository repository;

    @Inject
    SessionConfig config;

    @Inject
    SessionAudit audit;

    @Inject
    Event<SessionEnded> ended;

    Clock clock = Clock.systemUTC();

    /**
     * Starts the session of a user who has just authenticated. The browser always gets a new cookie
     * value; the session it had carries on (with its applications) only when it was the same user's.
     */
    public StartedSession start(String userId, String username, List<String> amr, String acr,
            String previousCookieValue) {
        Instant now = clock.instant();
        String cookie = SessionSecrets.newSecret();
        Optional<StoredSession> previous = live(previousCookieValue, now);
        String id = previous.filter(p -> p.userId().equals(userId)).map(StoredSession::id).orElse(null);
        previous.filter(p -> !p.userId().equals(userId)).ifPresent(p -> end(p.id(), "session.replace"));
        Instant expiresAt = now.plus(config.maxLifetime());
        StoredSession stored = new StoredSession(id == null ? SessionSecrets.newId() : id,
                SessionSecrets.hash(cookie), userId, username, now, List.copyOf(amr), acr,
                id == null ? now : previous.get().createdAt(), now, expiresAt);
        if (id == null) {
            repository.insert(stored);
        } else {
            repository.reauthenticate(stored);
        }
        audit.started(username, stored.id(), String.join(" ", amr));
        return new StartedSession(stored.view(), cookie);
    }

    /** The live session the cookie refers to; empty for an unknown, ended, idle or expired one. */
    public Optional<SsoSession> find(String cookieValue) {
        return live(cookieValue, clock.instant()).map(StoredSession::view);
    }

    public Optional<SsoSession> findById(String sessionId) {
        Instant now = clock.instant();
        Optional<StoredSession> found = repository.findById(sessionId);
        if (found.isPresent() && !alive(found.get(), now)) {
            end(found.get().id(), "session.expire");
            return Optional.empty();
        }
        return found.map(StoredSession::view);
    }

    /** The live session a relying party joined under this SessionIndex. */
    public Optional<SsoSession> findByParticipant(String protocol, String relyingParty, String sessionIndex) {
        if (sessionIndex == null || relyingParty == null) {
            return Optional.empty();
        }
        return repository.sessionIdByParticipant(protocol, relyingParty, sessionIndex).flatMap(this::findById);
    }

    /** The live sessions a relying party joined under this NameID. */
    public List<SsoSession> findByParticipantNameId(String protocol, String relyingParty, String nameId) {
        if (nameId == null || relyingParty == null) {
            return List.of();
        }
        return repository.sessionIdsByParticipantNameId(protocol, relyingParty, nameId).stream()
                .map(this::findById).flatMap(Optional::stream).toList();
    }

    public void join(String sessionId, SessionParticipant participant) {
        repository.addParticipant(sessionId, participant, clock.instant());
    }

    public List<SessionParticipant> participants(String sessionId) {
        return repository.participants(sessionId);
    }

    /** Ends a session (logout); ending one that is already gone changes nothing. */
    public void end(String sessionId) {
        end(sessionId, SessionEnded.LOGOUT);
    }

    /** Ends every session of a user (disabled, deleted, or password reset by an administrator). */
    public int endAllForUser(String userId) {
        int ended = 0;
        for (String id : repository.idsForUser(userId)) {
            if (end(id, "session.end-user")) {
                ended++;
            }
        }
        return ended;
    }

    /** Ends the sessions past their absolute end or idle too long; the purge timer calls it. */
    public int endExpired() {
        Instant now = clock.instant();
        int count = 0;
        for (String id : repository.expiredIds(now, now.minus(config.idleTimeout()), PURGE_BATCH)) {
            if (end(id, "session.expire")) {
                count++;
            }
        }
        return count;
    }

    /** Reads who took part before the rows go, so that logout can still reach them. */
    private boolean end(String sessionId, String action) {
        Optional<StoredSession> session = repository.findById(sessionId);
        if (session.isEmpty()) {
            return false;
        }
        List<SessionParticipant> participants = repository.participants(sessionId);
        boolean removed = repository.delete(sessionId);
        if (removed) {
            audit.ended(action, sessionId);
            ended.fire(new SessionEnded(sessionId, session.get().userId(), participants, action));
        }
        return removed;
    }

    private Optional<StoredSession> live(String cookieValue, Instant now) {
        if (!SessionSecrets.wellFormed(cookieValue)) {
            return Optional.empty();
        }
        Optional<StoredSession> found = repository.findByCookieHash(SessionSecrets.hash(cookieValue));
        if (found.isEmpty()) {
            return found;
        }
        StoredSession session = found.get();
        if (!alive(session, now)) {
            end(session.id(), "session.expire");
            return Optional.empty();
        }
        if (session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            repository.touch(session.id(), now);
        }
        return found;
    }

    private boolean alive(StoredSession session, Instant now) {
        return now.isBefore(session.expiresAt()) && now.isBefore(session.lastSeenAt().plus(config.idleTimeout()));
    }
}

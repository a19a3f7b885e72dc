package org.symbolon.sts.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.config.SessionConfig;

class SsoSessionsTest {

    private final InMemorySessions store = new InMemorySessions();
    private final List<String> audited = new ArrayList<>();
    private final SsoSessions sessions = new SsoSessions();
    private final RecordingEvent<SessionEnded> ended = new RecordingEvent<>();
    private Instant now = Instant.parse("2026-11-26T10:00:00Z");

    @BeforeEach
    void wire() {
        sessions.repository = store;
        sessions.ended = ended;
        sessions.config = new SessionConfig() {
            @Override
            public Duration idleTimeout() {
                return Duration.ofMinutes(30);
            }

            @Override
            public Duration maxLifetime() {
                return Duration.ofHours(10);
            }
        };
        sessions.audit = new SessionAudit() {
            @Override
            public void started(String username, String sessionId, String amr) {
                audited.add("session.start");
            }

            @Override
            public void ended(String action, String sessionId) {
                audited.add(action);
            }
        };
        setClock();
    }

    private void setClock() {
        sessions.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private void advance(Duration by) {
        now = now.plus(by);
        setClock();
    }

    @Test
    void theCookieFindsTheSessionAndNothingElseDoes() {
        StartedSession started = sessions.start("u1", "alice", List.of("pwd"), "urn:symbolon:acr:password", null);

        SsoSession found = sessions.find(started.cookieValue()).orElseThrow();
        assertEquals("u1", found.userId());
        assertEquals(List.of("pwd"), found.amr());
        assertEquals(now, found.authTime());
        assertNotEquals(started.cookieValue(), found.id(), "the public sid is not the cookie");
        assertTrue(sessions.find(SessionSecrets.newSecret()).isEmpty());
        assertTrue(sessions.find("not-a-session").isEmpty());
        assertTrue(sessions.find(null).isEmpty());
        assertTrue(store.rows.values().stream().noneMatch(s -> s.cookieHash().equals(started.cookieValue())),
                "only the hash of the cookie is stored");
    }

    @Test
    void anIdleSessionEndsButAnActiveOneLivesOn() {
        StartedSession started = sessions.start("u1", "alice", List.of("pwd"), null, null);
        for (int i = 0; i < 5; i++) {
            advance(Duration.ofMinutes(20));
            assertTrue(sessions.find(started.cookieValue()).isPresent(), "used every 20 minutes");
        }
        advance(Duration.ofMinutes(31));
        assertTrue(sessions.find(started.cookieValue()).isEmpty());
        assertTrue(store.rows.isEmpty(), "the ended session is removed");
    }

    @Test
    void aSessionEndsAtItsAbsoluteLimitHoweverBusy() {
        StartedSession started = sessions.start("u1", "alice", List.of("pwd"), null, null);
        for (int i = 0; i < 39; i++) {
            advance(Duration.ofMinutes(15));
            assertTrue(sessions.find(started.cookieValue()).isPresent());
        }
        advance(Duration.ofMinutes(16));
        assertTrue(sessions.find(started.cookieValue()).isEmpty());
    }

    @Test
    void signingInAgainGivesANewCookieAndKeepsTheApplications() {
        StartedSession first = sessions.start("u1", "alice", List.of("pwd"), null, null);
        sessions.join(first.session().id(), new SessionParticipant("oidc", "app-1", null, null, null));
        advance(Duration.ofMinutes(5));

        StartedSession again = sessions.start("u1", "alice", List.of("pwd"), null, first.cookieValue());

        assertNotEquals(first.cookieValue(), again.cookieValue());
        assertTrue(sessions.find(first.cookieValue()).isEmpty(), "the old cookie is dead");
        assertEquals(first.session().id(), again.session().id());
        assertEquals(now, again.session().authTime());
        assertEquals(List.of("app-1"), relyingParties(again.session().id()));
    }

    @Test
    void anotherUsersLoginReplacesTheSessionEntirely() {
        StartedSession alice = sessions.start("u1", "alice", List.of("pwd"), null, null);
        sessions.join(alice.session().id(), new SessionParticipant("oidc", "app-1", null, null, null));

        StartedSession bob = sessions.start("u2", "bob", List.of("pwd"), null, alice.cookieValue());

        assertNotEquals(alice.session().id(), bob.session().id());
        assertTrue(sessions.findById(alice.session().id()).isEmpty());
        assertEquals(List.of(), relyingParties(bob.session().id()));
    }

    @Test
    void joiningTwiceRecordsTheApplicationOnce() {
        StartedSession s = sessions.start("u1", "alice", List.of("pwd"), null, null);
        sessions.join(s.session().id(), new SessionParticipant("oidc", "app-1", null, null, null));
        sessions.join(s.session().id(), new SessionParticipant("oidc", "app-1", null, null, null));
        sessions.join(s.session().id(), new SessionParticipant("saml2", "https://sp.example", "n", "f", "i"));
        assertEquals(List.of("app-1", "https://sp.example"), relyingParties(s.session().id()));
    }

    @Test
    void disablingAUserEndsEachOfTheirSessionsOnly() {
        StartedSession laptop = sessions.start("u1", "alice", List.of("pwd"), null, null);
        StartedSession phone = sessions.start("u1", "alice", List.of("pwd"), null, null);
        StartedSession other = sessions.start("u2", "bob", List.of("pwd"), null, null);

        assertEquals(2, sessions.endAllForUser("u1"));

        assertTrue(sessions.find(laptop.cookieValue()).isEmpty());
        assertTrue(sessions.find(phone.cookieValue()).isEmpty());
        assertTrue(sessions.find(other.cookieValue()).isPresent());
        assertEquals(2, audited.stream().filter("session.end-user"::equals).count());
    }

    @Test
    void logoutTellsObserversWhoHadJoinedTheSession() {
        StartedSession s = sessions.start("u1", "alice", List.of("pwd"), null, null);
        SessionParticipant web = new SessionParticipant("oidc", "web", null, null, null);
        SessionParticipant sp = new SessionParticipant("saml2", "https://sp.example", "n", "f", "i");
        sessions.join(s.session().id(), web);
        sessions.join(s.session().id(), sp);

        sessions.end(s.session().id());
        sessions.end(s.session().id());

        assertEquals(List.of(new SessionEnded(s.session().id(), "u1", List.of(web, sp), "session.end")), ended.fired,
                "one event, with the participants read before the rows went");
        assertTrue(store.joined.isEmpty());
    }

    @Test
    void anExpiredSessionFoundOnLookupEndsWithAnEvent() {
        StartedSession byCookie = sessions.start("u1", "alice", List.of("pwd"), null, null);
        StartedSession byId = sessions.start("u2", "bob", List.of("pwd"), null, null);
        sessions.join(byId.session().id(), new SessionParticipant("oidc", "web", null, null, null));
        advance(Duration.ofMinutes(31));

        assertTrue(sessions.find(byCookie.cookieValue()).isEmpty());
        assertTrue(sessions.findById(byId.session().id()).isEmpty());

        assertEquals(List.of("session.expire", "session.expire"), reasons());
        assertEquals(List.of("u1", "u2"), ended.fired.stream().map(SessionEnded::userId).toList());
        assertEquals(1, ended.fired.get(1).participants().size());
        assertTrue(store.rows.isEmpty());
    }

    @Test
    void thePurgeEndsIdleAndOverdueSessionsAndSparesLiveOnes() {
        StartedSession idle = sessions.start("u1", "alice", List.of("pwd"), null, null);
        advance(Duration.ofMinutes(20));
        StartedSession busy = sessions.start("u2", "bob", List.of("pwd"), null, null);
        advance(Duration.ofMinutes(15));

        assertEquals(1, sessions.endExpired());

        assertEquals(List.of(idle.session().id()), ended.fired.stream().map(SessionEnded::sessionId).toList());
        assertTrue(sessions.find(busy.cookieValue()).isPresent());
    }

    @Test
    void anotherUsersLoginAndDisablingAUserEachEndWithAnEvent() {
        StartedSession alice = sessions.start("u1", "alice", List.of("pwd"), null, null);
        sessions.start("u2", "bob", List.of("pwd"), null, alice.cookieValue());
        sessions.start("u2", "bob", List.of("pwd"), null, null);

        sessions.endAllForUser("u2");

        assertEquals(List.of("session.replace", "session.end-user", "session.end-user"), reasons());
        assertEquals(List.of("u1", "u2", "u2"), ended.fired.stream().map(SessionEnded::userId).toList());
    }

    @Test
    void aNameIdAtOneServiceProviderFindsEveryLiveSessionItJoinedAndNoOther() {
        StartedSession laptop = sessions.start("u1", "alice", List.of("pwd"), null, null);
        StartedSession phone = sessions.start("u1", "alice", List.of("pwd"), null, null);
        StartedSession bob = sessions.start("u2", "bob", List.of("pwd"), null, null);
        sessions.join(laptop.session().id(), new SessionParticipant("saml2", "https://a.example", "alice-at-a",
                null, "s1"));
        sessions.join(phone.session().id(), new SessionParticipant("saml2", "https://a.example", "alice-at-a",
                null, "s2"));
        sessions.join(bob.session().id(), new SessionParticipant("saml2", "https://a.example", "bob-at-a", null,
                "s3"));
        sessions.join(bob.session().id(), new SessionParticipant("saml2", "https://b.example", "alice-at-a", null,
                "s4"));
        sessions.end(phone.session().id());

        assertEquals(List.of(laptop.session().id()), sessions.findByParticipantNameId("saml2", "https://a.example",
                "alice-at-a").stream().map(SsoSession::id).toList(), "the ended session and other SPs' NameIDs are not");
        assertTrue(sessions.findByParticipantNameId("saml2", "https://a.example", null).isEmpty());
    }

    private List<String> reasons() {
        return ended.fired.stream().map(SessionEnded::reason).toList();
    }

    private List<String> relyingParties(String sessionId) {
        return sessions.participants(sessionId).stream().map(SessionParticipant::relyingParty).toList();
    }

    /** The repository contract, kept in memory. */
    private static final class InMemorySessions implements SessionRepository {
        final Map<String, StoredSession> rows = new HashMap<>();
        final Map<String, List<SessionParticipant>> joined = new HashMap<>();

        @Override
        public void insert(StoredSession session) {
            rows.put(session.id(), session);
        }

        @Override
        public void reauthenticate(StoredSession session) {
            rows.put(session.id(), session);
        }

        @Override
        public Optional<StoredSession> findByCookieHash(String cookieHash) {
            return rows.values().stream().filter(s -> s.cookieHash().equals(cookieHash)).findFirst();
        }

        @Override
        public Optional<StoredSession> findById(String id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public void touch(String id, Instant lastSeenAt) {
            StoredSession s = rows.get(id);
            rows.put(id, new StoredSession(s.id(), s.cookieHash(), s.userId(), s.username(), s.authTime(), s.amr(),
                    s.acr(), s.createdAt(), lastSeenAt, s.expiresAt()));
        }

        @Override
        public boolean delete(String id) {
            joined.remove(id);
            return rows.remove(id) != null;
        }

        @Override
        public List<String> idsForUser(String userId) {
            return rows.values().stream().filter(s -> s.userId().equals(userId)).map(StoredSession::id).toList();
        }

        @Override
        public void addParticipant(String sessionId, SessionParticipant participant, Instant joinedAt) {
            List<SessionParticipant> list = joined.computeIfAbsent(sessionId, k -> new ArrayList<>());
            if (list.stream().noneMatch(p -> p.protocol().equals(participant.protocol())
                    && p.relyingParty().equals(participant.relyingParty()))) {
                list.add(participant);
            }
        }

        @Override
        public List<SessionParticipant> participants(String sessionId) {
            return List.copyOf(joined.getOrDefault(sessionId, List.of()));
        }

        @Override
        public Optional<String> sessionIdByParticipant(String protocol, String relyingParty, String sessionIndex) {
            return joined.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(p -> p.protocol()
                    .equals(protocol) && p.relyingParty().equals(relyingParty)
                    && sessionIndex.equals(p.sessionIndex()))).map(Map.Entry::getKey).findFirst();
        }

        @Override
        public List<String> sessionIdsByParticipantNameId(String protocol, String relyingParty, String nameId) {
            return joined.entrySet().stream().filter(e -> rows.containsKey(e.getKey()))
                    .filter(e -> e.getValue().stream().anyMatch(p -> p.protocol().equals(protocol)
                            && p.relyingParty().equals(relyingParty) && nameId.equals(p.nameId())))
                    .map(Map.Entry::getKey).sorted().toList();
        }

        @Override
        public List<String> expiredIds(Instant now, Instant idleBefore, int max) {
            return rows.values().stream().sorted(Comparator.comparing(StoredSession::id))
                    .filter(s -> !now.isBefore(s.expiresAt()) || s.lastSeenAt().isBefore(idleBefore))
                    .map(StoredSession::id).limit(max).toList();
        }
    }
}

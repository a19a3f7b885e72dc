package org.symbolon.sts.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.authn.PasswordHasher;
import org.symbolon.sts.testing.TestClock;

class PasswordCheckTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADDRESS = "192.0.2.10";
    private static final LoginLimits DEFAULTS = new LoginLimits(3, Duration.ofSeconds(60), 10,
            Duration.ofSeconds(900), 50, Duration.ofSeconds(600), Duration.ofHours(24));

    private final TestClock clock = new TestClock();
    private final CountingHasher hasher = new CountingHasher(1_000);
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryLoginCounters counters = new InMemoryLoginCounters();
    private final PasswordCheck check = new PasswordCheck(users, hasher,
            new LoginAttempts(counters, new LoginThrottle(DEFAULTS), clock), clock, hasher.decoyHash());
    private final UserAccount alice = users.add("Alice", hasher.hash(PASSWORD.toCharArray()), true);

    @Test
    void rightPasswordAuthenticatesTheUserByAnyCaseOfTheUsername() {
        LoginOutcome outcome = login("ALICE", PASSWORD);

        LoginOutcome.Authenticated ok = assertInstanceOf(LoginOutcome.Authenticated.class, outcome);
        assertEquals(alice.id(), ok.user().id());
        assertEquals("alice", ok.user().username());
        assertEquals(List.of("staff"), ok.user().groups());
        assertEquals(clock.instant(), ok.at());
    }

    @Test
    void wrongPasswordUnknownUserAndDisabledUserAreRefusedAlikeAfterOnePbkdf2Each() {
        users.add("bob", hasher.hash(PASSWORD.toCharArray()), false);
        hasher.verifications = 0;

        assertNull(refused(login("alice", "wrong password!")).retryAfter());
        assertNull(refused(login("nobody", PASSWORD)).retryAfter());
        assertNull(refused(login("bob", PASSWORD)).retryAfter());
        assertNull(refused(login("x".repeat(129), PASSWORD)).retryAfter());
        assertNull(refused(login("alice", null)).retryAfter());
        assertEquals(5, hasher.verifications);
    }

    @Test
    void afterThreeFailuresEachFurtherAttemptWaitsTwiceAsLongUpToTheMaximum() {
        failTimes(3);
        long[] expected = {1, 2, 4, 8, 16, 32, 60};
        for (long seconds : expected) {
            hasher.verifications = 0;
            LoginOutcome.Refused early = refused(login("alice", PASSWORD));
            assertEquals(Duration.ofSeconds(seconds), early.retryAfter(), "even the right password waits");
            assertEquals(0, hasher.verifications, "no password is checked while the account must wait");
            clock.advance(early.retryAfter());
            LoginOutcome.Refused failed = refused(login("alice", "wrong password!"));
            assertEquals(1, hasher.verifications);
            assertTrue(failed.retryAfter() != null, "the refusal says a wait now applies");
        }
    }

    @Test
    void tenFailuresLockTheAccountAndEvenTheRightPasswordFailsUntilTheLockEnds() {
        failTimes(10);
        assertEquals(Duration.ofSeconds(900), counterWait());

        clock.advance(Duration.ofSeconds(899));
        hasher.verifications = 0;
        LoginOutcome.Refused locked = refused(login("alice", PASSWORD));
        assertEquals(Duration.ofSeconds(1), locked.retryAfter());
        assertEquals(0, hasher.verifications);

        clock.advance(Duration.ofSeconds(1));
        assertInstanceOf(LoginOutcome.Authenticated.class, login("alice", PASSWORD));
    }

    @Test
    void afterALockEndsOneMoreFailureLocksAgain() {
        failTimes(10);
        clock.advance(Duration.ofSeconds(900));

        assertEquals(Duration.ofSeconds(900), refused(login("alice", "wrong password!")).retryAfter());
        assertEquals(Duration.ofSeconds(900), refused(login("alice", PASSWORD)).retryAfter());
    }

    @Test
    void lockoutKeepsGuessesWellUnderAHundredPerHour() {
        int checked = 0;
        for (int second = 0; second < 3600; second++) {
            hasher.verifications = 0;
            login("alice", "guess " + second);
            checked += hasher.verifications;
            clock.advance(Duration.ofSeconds(1));
        }
        assertTrue(checked <= 100, checked + " guesses in an hour");
    }

    @Test
    void successClearsTheAccountsCount() {
        failTimes(2);
        assertInstanceOf(LoginOutcome.Authenticated.class, login("alice", PASSWORD));
        assertEquals(0, counters.failures(LoginKeys.account(alice.id())));

        hasher.verifications = 0;
        for (int i = 0; i < 3; i++) {
            login("alice", "wrong password!");
        }
        assertEquals(3, hasher.verifications, "three free attempts again, without waiting");
    }

    @Test
    void unknownUsernamesCountOnlyForTheAddressAndNeverGrowTheAccountCounters() {
        for (int i = 0; i < 20; i++) {
            login("nobody-" + i, PASSWORD);
        }
        assertEquals(List.of(LoginKeys.address(ADDRESS)), List.copyOf(counters.rows.keySet()));
        assertEquals(20, counters.failures(LoginKeys.address(ADDRESS)));
    }

    @Test
    void anAddressIsRefusedAfterFiftyFailuresInTheWindowWhileOthersGoOn() {
        for (int i = 0; i < 50; i++) {
            login("nobody-" + i, PASSWORD);
            clock.advance(Duration.ofSeconds(1));
        }
        hasher.verifications = 0;
        LoginOutcome.Refused refused = refused(login("alice", PASSWORD));
        assertEquals(Duration.ofSeconds(550), refused.retryAfter());
        assertEquals(0, hasher.verifications);
        assertEquals(0, counters.failures(LoginKeys.account(alice.id())), "refused by address: account untouched");

        assertInstanceOf(LoginOutcome.Authenticated.class, check.check("alice", PASSWORD.toCharArray(),
                "198.51.100.7").outcome());
        clock.advance(Duration.ofSeconds(550));
        assertInstanceOf(LoginOutcome.Authenticated.class, login("alice", PASSWORD));
    }

    @Test
    void successfulLoginsDoNotUseUpTheAddressAllowance() {
        for (int i = 0; i < 60; i++) {
            assertInstanceOf(LoginOutcome.Authenticated.class, login("alice", PASSWORD));
        }
        assertEquals(0, counters.failures(LoginKeys.address(ADDRESS)));
    }

    @Test
    void failuresAreForgottenAfterADayWithoutAnother() {
        failTimes(5);
        clock.advance(Duration.ofHours(24));

        assertNull(refused(login("alice", "wrong password!")).retryAfter());
        assertEquals(1, counters.failures(LoginKeys.account(alice.id())));
    }

    @Test
    void anotherNodesWriteBetweenReadAndCountIsNotLost() {
        failTimes(2);
        // another node counts a failure between this attempt's read and its write
        counters.beforeNextReplace = () -> {
            LoginCounter c = counters.rows.get(LoginKeys.account(alice.id()));
            counters.rows.put(c.key(), new LoginCounter(c.key(), c.failures() + 1, c.firstFailureAt(),
                    clock.instant(), null, c.version() + 1));
        };
        hasher.verifications = 0;

        LoginOutcome.Refused refused = refused(login("alice", PASSWORD));
        assertEquals(Duration.ofSeconds(1), refused.retryAfter(), "the third failure (the other node's) counts");
        assertEquals(0, hasher.verifications);
    }

    @Test
    void parallelGuessesCannotSlipPastTheFreeAttempts() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger checked = new AtomicInteger();
        CountingHasher shared = new CountingHasher(1_000) {
            @Override
            public boolean verify(char[] password, String stored) {
                checked.incrementAndGet();
                return super.verify(password, stored);
            }
        };
        PasswordCheck parallel = new PasswordCheck(users, shared,
                new LoginAttempts(counters, new LoginThrottle(DEFAULTS), clock), clock, shared.decoyHash());
        List<Future<LoginOutcome>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return parallel.check("alice", "wrong password!".toCharArray(), ADDRESS).outcome();
            }));
        }
        start.countDown();
        for (Future<LoginOutcome> r : results) {
            assertInstanceOf(LoginOutcome.Refused.class, r.get());
        }
        pool.shutdown();
        assertEquals(3, checked.get(), "only the free attempts reach the password check");
    }

    @Test
    void aWeakHashIsReplacedOnSuccessfulLogin() {
        UserAccount carol = users.add("carol", new PasswordHasher(500).hash(PASSWORD.toCharArray()), true);

        assertInstanceOf(LoginOutcome.Authenticated.class, login("carol", PASSWORD));

        String upgraded = users.byId.get(carol.id()).passwordHash();
        assertTrue(upgraded.startsWith("pbkdf2-sha256$1000$"), upgraded);
        assertTrue(hasher.verify(PASSWORD.toCharArray(), upgraded));
    }

    private Duration counterWait() {
        return new LoginThrottle(DEFAULTS).accountWait(counters.rows.get(LoginKeys.account(alice.id())),
                clock.instant());
    }

    /** Fails this many times, each as soon as the throttle allows. */
    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            Duration wait = counters.rows.containsKey(LoginKeys.account(alice.id())) ? counterWait() : null;
            if (wait != null) {
                clock.advance(wait);
            }
            LoginOutcome.Refused refused = refused(login("alice", "wrong password!"));
            assertEquals(i + 1, counters.failures(LoginKeys.account(alice.id())), () -> "counted: " + refused);
        }
    }

    private LoginOutcome login(String username, String password) {
        return check.check(username, password == null ? null : password.toCharArray(), ADDRESS).outcome();
    }

    private static LoginOutcome.Refused refused(LoginOutcome outcome) {
        return assertInstanceOf(LoginOutcome.Refused.class, outcome);
    }

    static class CountingHasher extends PasswordHasher {

        int verifications;

        CountingHasher(int iterations) {
            super(iterations);
        }

        @Override
        public boolean verify(char[] password, String stored) {
            verifications++;
            return super.verify(password, stored);
        }
    }
}

package org.symbolon.sts.authn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminSignInTest {

    private final CountingHasher hasher = new CountingHasher(1_000);
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final AdminSignIn signIn = new AdminSignIn(accounts, hasher,
            new AdminSignInLockout(Clock.systemUTC()));

    @Test
    void rightPasswordSignsIn() {
        accounts.add("admin", hasher.hash("s3cret-pass".toCharArray()), true);

        assertEquals(Optional.of("admin"), signIn.check("admin", "s3cret-pass".toCharArray())
                .map(AdminAccount::username));
    }

    @Test
    void wrongPasswordAndUnknownUserFailAlikeAndBothSpendOnePbkdf2() {
        accounts.add("admin", hasher.hash("s3cret-pass".toCharArray()), true);
        hasher.verifications = 0;

        assertTrue(signIn.check("admin", "wrong".toCharArray()).isEmpty());
        assertEquals(1, hasher.verifications);
        assertTrue(signIn.check("nobody", "wrong".toCharArray()).isEmpty());
        assertEquals(2, hasher.verifications);
    }

    @Test
    void malformedUsernamesFailAfterOnePbkdf2WithoutLookup() {
        for (String username : new String[] {null, "", "a".repeat(129), "admin\nforged"}) {
            hasher.verifications = 0;
            assertTrue(signIn.check(username, "pw".toCharArray()).isEmpty());
            assertEquals(1, hasher.verifications);
        }
        assertEquals(0, accounts.lookups);
    }

    @Test
    void disabledAccountCannotSignInEvenWithRightPassword() {
        accounts.add("admin", hasher.hash("s3cret-pass".toCharArray()), false);

        assertTrue(signIn.check("admin", "s3cret-pass".toCharArray()).isEmpty());
    }

    @Test
    void lockedAccountRefusesRightPasswordButStillSpendsPbkdf2() {
        accounts.add("admin", hasher.hash("s3cret-pass".toCharArray()), true);
        for (int i = 0; i < 10; i++) {
            signIn.check("admin", "wrong".toCharArray());
        }
        hasher.verifications = 0;

        assertTrue(signIn.check("admin", "s3cret-pass".toCharArray()).isEmpty());
        assertEquals(1, hasher.verifications);
    }

    @Test
    void nullPasswordFails() {
        accounts.add("admin", hasher.hash("s3cret-pass".toCharArray()), true);

        assertTrue(signIn.check("admin", null).isEmpty());
    }

    @Test
    void hashWithFewerIterationsIsUpgradedOnSuccessfulSignIn() {
        accounts.add("admin", new PasswordHasher(500).hash("s3cret-pass".toCharArray()), true);

        assertTrue(signIn.check("admin", "s3cret-pass".toCharArray()).isPresent());

        String upgraded = accounts.find("admin").passwordHash();
        assertTrue(upgraded.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(hasher.verify("s3cret-pass".toCharArray(), upgraded));
    }

    @Test
    void currentHashIsLeftAlone() {
        String stored = hasher.hash("s3cret-pass".toCharArray());
        accounts.add("admin", stored, true);

        signIn.check("admin", "s3cret-pass".toCharArray());

        assertEquals(stored, accounts.find("admin").passwordHash());
        assertFalse(hasher.needsRehash(stored));
    }

    private static final class CountingHasher extends PasswordHasher {

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

    private static final class InMemoryAccounts implements AdminAccountRepository {

        private final Map<String, AdminAccount> byName = new HashMap<>();
        int lookups;

        void add(String username, String hash, boolean enabled) {
            create(new AdminAccount(username, hash, enabled, LocalDateTime.now()));
        }

        AdminAccount find(String username) {
            return byName.get(username);
        }

        @Override
        public Optional<AdminAccount> findByUsername(String username) {
            lookups++;
            return Optional.ofNullable(byName.get(username));
        }

        @Override
        public void create(AdminAccount account) {
            byName.put(account.username(), account);
        }

        @Override
        public void updatePasswordHash(String username, String passwordHash) {
            AdminAccount a = byName.get(username);
            byName.put(username, new AdminAccount(username, passwordHash, a.enabled(), a.createdAt()));
        }
    }
}

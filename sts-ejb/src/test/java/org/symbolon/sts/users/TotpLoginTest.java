package org.symbolon.sts.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.MasterKey;
import org.symbolon.sts.keys.TestKeys;

class TotpLoginTest {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final LocalUser ALICE = new LocalUser("u-alice", "alice", "Alice", null, Map.of(), List.of(), true);

    private final Map<String, StoredTotp> stored = new ConcurrentHashMap<>();
    private final List<Map<?, ?>> audited = new ArrayList<>();
    private final List<String> outcomes = new ArrayList<>();
    private final MasterKey masterKey = TestKeys.masterKey(new TestConfig());

    @Test
    void theCurrentCodeIsAcceptedOnce() {
        enrol(masterKey);
        TotpLogin login = login();
        String code = current();

        assertTrue(login.verify(ALICE, code, "192.0.2.1"));
        assertFalse(login.verify(ALICE, code, "192.0.2.1"), "the same step is not accepted twice");
        assertEquals(List.of("success", "failure"), outcomes);
        assertEquals("wrong-code", audited.get(1).get("reason"));
    }

    @Test
    void aSecretSealedUnderAnotherMasterKeyRefusesTheLoginInsteadOfFailingTheRequest() {
        enrol(TestKeys.masterKey(new TestConfig() {
            @Override
            public Optional<String> masterKey() {
                byte[] other = new byte[32];
                Arrays.fill(other, (byte) 7);
                return Optional.of(Base64.getEncoder().encodeToString(other));
            }
        }));

        assertFalse(login().verify(ALICE, current(), "192.0.2.1"));
        assertEquals(List.of("failure"), outcomes);
        assertEquals("secret-unreadable", audited.get(0).get("reason"));
    }

    @Test
    void aDamagedStoredSecretRefusesTheLoginInsteadOfFailingTheRequest() {
        stored.put(ALICE.id(), new StoredTotp(ALICE.id(), "v1:not base64!", -1));

        assertFalse(login().verify(ALICE, current(), "192.0.2.1"));
        assertEquals("secret-unreadable", audited.get(0).get("reason"));
    }

    private void enrol(MasterKey sealer) {
        stored.put(ALICE.id(), new StoredTotp(ALICE.id(), sealer.seal(SECRET, TotpAdminService.sealContext(ALICE.id())),
                -1));
    }

    private static String current() {
        return Totp.code(SECRET, Totp.step(Instant.now()), Totp.DIGITS);
    }

    private TotpLogin login() {
        TotpLogin login = new TotpLogin();
        login.secrets = new TotpRepository() {
            @Override
            public Optional<StoredTotp> find(String userId) {
                return Optional.ofNullable(stored.get(userId));
            }

            @Override
            public void save(String userId, String sealedSecret) {
                stored.put(userId, new StoredTotp(userId, sealedSecret, -1));
            }

            @Override
            public boolean delete(String userId) {
                return stored.remove(userId) != null;
            }

            @Override
            public synchronized boolean advance(String userId, long step) {
                StoredTotp now = stored.get(userId);
                if (now == null || now.lastUsedStep() >= step) {
                    return false;
                }
                stored.put(userId, new StoredTotp(userId, now.sealedSecret(), step));
                return true;
            }
        };
        login.counters = new InMemoryLoginCounters();
        login.masterKey = masterKey;
        login.config = new TestConfig();
        login.audit = new AuditLog() {
            @Override
            public void later(String actor, String action, String target, String outcome, Object details) {
                assertEquals("user.login.otp", action);
                outcomes.add(outcome);
                audited.add((Map<?, ?>) details);
            }
        };
        return login;
    }
}

package org.symbolon.sts.authn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    // few iterations keep the tests fast; the format and the checks do not depend on the count
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void productionDefaultIsSixHundredThousandIterations() {
        assertEquals(600_000, PasswordHasher.DEFAULT_ITERATIONS);
        assertTrue(new PasswordHasher().decoyHash().startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void hashWithFewerIterationsThanTodaysNeedsRehash() {
        String stored = hasher.hash("x".toCharArray());

        assertFalse(hasher.needsRehash(stored));
        assertTrue(new PasswordHasher(2_000).needsRehash(stored));
        assertTrue(hasher.needsRehash("not a hash"));
    }

    @Test
    void hashCarriesSchemeIterationsSaltAndHash() {
        String[] parts = hasher.hash("correct horse".toCharArray()).split("\\$");

        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void rightPasswordVerifies() {
        String stored = hasher.hash("correct horse".toCharArray());

        assertTrue(hasher.verify("correct horse".toCharArray(), stored));
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        String stored = hasher.hash("correct horse".toCharArray());

        assertFalse(hasher.verify("correct hors".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
        assertFalse(hasher.verify(null, stored));
    }

    @Test
    void samePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("pw".toCharArray()), hasher.hash("pw".toCharArray()));
    }

    @Test
    void hashWithOtherIterationCountStillVerifies() {
        String stored = new PasswordHasher(2_000).hash("pw".toCharArray());

        assertTrue(hasher.verify("pw".toCharArray(), stored));
    }

    @Test
    void knownPbkdf2VectorVerifies() {
        // PBKDF2-HMAC-SHA256("password", "salt", 1 iteration, 32 bytes), computed independently (Python hashlib)
        String salt = Base64.getEncoder().withoutPadding().encodeToString("salt".getBytes());
        String stored = "pbkdf2-sha256$1$" + salt + "$Eg+2z/z4syxD5yJSVsT4N6hlSMkszDVICAWYfLcL4Xs";

        assertTrue(hasher.verify("password".toCharArray(), stored));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        String good = hasher.hash("pw".toCharArray());
        String[] malformed = {null, "", "pw", "sha256$abc", good.replace("pbkdf2-sha256", "pbkdf2-sha1"),
            "pbkdf2-sha256$0$c2FsdA$aGFzaA", "pbkdf2-sha256$99999999999$c2FsdA$aGFzaA",
            "pbkdf2-sha256$1000$$aGFzaA", "pbkdf2-sha256$1000$c2FsdA$", "pbkdf2-sha256$1000$!!$aGFzaA",
            "pbkdf2-sha256$1000$c2FsdA$" + "A".repeat(100_000),
            good + "$extra"};

        for (String stored : malformed) {
            assertFalse(hasher.verify("pw".toCharArray(), stored), String.valueOf(stored));
        }
    }

    @Test
    void decoyHashMatchesNoPasswordButIsWellFormed() {
        String decoy = hasher.decoyHash();

        assertTrue(decoy.startsWith("pbkdf2-sha256$1000$"));
        assertFalse(hasher.needsRehash(decoy));
        assertFalse(hasher.verify("".toCharArray(), decoy));
        assertFalse(hasher.verify("pw".toCharArray(), decoy));
    }

    @Test
    void absurdIterationCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(20_000_000));
    }
}

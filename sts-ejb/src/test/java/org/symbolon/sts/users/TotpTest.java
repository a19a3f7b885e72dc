package org.symbolon.sts.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The RFC 6238 appendix B secret for HMAC-SHA1. */
    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesMatchTheRfc6238TestVectorsForSha1() {
        long[] times = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
        String[] codes = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
        for (int i = 0; i < times.length; i++) {
            assertEquals(codes[i], Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(times[i])), 8), "T=" + times[i]);
        }
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsZeroPadded() {
        assertEquals("287082", Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(59)), 6));
        assertEquals("081804", Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(1111111109L)), 6));
    }

    @Test
    void aCodeOneStepEarlyOrLateIsAcceptedTwoStepsAwayIsNot() {
        long now = Totp.step(Instant.ofEpochSecond(1234567890L));
        assertEquals(OptionalLong.of(now - 1), Totp.matchingStep(SECRET, Totp.code(SECRET, now - 1, 6), now, -1));
        assertEquals(OptionalLong.of(now + 1), Totp.matchingStep(SECRET, Totp.code(SECRET, now + 1, 6), now, -1));
        assertTrue(Totp.matchingStep(SECRET, Totp.code(SECRET, now - 2, 6), now, -1).isEmpty());
        assertTrue(Totp.matchingStep(SECRET, Totp.code(SECRET, now + 2, 6), now, -1).isEmpty());
    }

    @Test
    void aCodeOfAStepAlreadyUsedIsRefused() {
        long now = Totp.step(Instant.ofEpochSecond(1234567890L));
        String code = Totp.code(SECRET, now, 6);
        assertEquals(OptionalLong.of(now), Totp.matchingStep(SECRET, code, now, now - 1));
        assertTrue(Totp.matchingStep(SECRET, code, now, now).isEmpty(), "the same step twice");
        assertTrue(Totp.matchingStep(SECRET, Totp.code(SECRET, now - 1, 6), now, now).isEmpty(), "an older step");
    }

    @Test
    void anythingButSixDigitsIsRefused() {
        long now = Totp.step(Instant.ofEpochSecond(59));
        for (String bad : new String[] {null, "", "28708", "2870820", "94287082", "28708a", "２８７０８２"}) {
            assertTrue(Totp.matchingStep(SECRET, bad, now, -1).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void secretsAreBase32AsInRfc4648WithoutPadding() {
        assertEquals("MY", Base32.encode("f".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(SECRET));
    }

    @Test
    void theOtpauthUriNamesIssuerAccountAndParameters() {
        assertEquals("otpauth://totp/Example%20Corp:alice%40example.com?secret=MZXW6YTBOI&issuer=Example%20Corp"
                + "&algorithm=SHA1&digits=6&period=30",
                TotpAdminService.otpauthUri("Example Corp", "alice@example.com", "MZXW6YTBOI"));
    }
}

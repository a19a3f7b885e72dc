package org.symbolon.sts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CertificateExpiryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 12, 0);

    @Test
    void farExpiryIsCountedInDaysAndNotHighlighted() {
        CertificateExpiry expiry = CertificateExpiry.of(NOW.plusDays(200).plusHours(3), NOW);

        assertEquals("expires in 200 days (2026-09-26)", expiry.text());
        assertFalse(expiry.needsAttention());
        assertEquals("", expiry.styleClass());
    }

    @Test
    void expiryWithinThirtyDaysIsHighlighted() {
        assertTrue(CertificateExpiry.of(NOW.plusDays(29).plusHours(23), NOW).needsAttention());
        assertFalse(CertificateExpiry.of(NOW.plusDays(30), NOW).needsAttention());
        assertEquals("attention", CertificateExpiry.of(NOW.plusDays(5), NOW).styleClass());
    }

    @Test
    void lastDaysSayHowCloseItIs() {
        assertEquals("expires in 1 day (2026-03-11)", CertificateExpiry.of(NOW.plusDays(1), NOW).text());
        assertEquals("expires within a day (2026-03-10)", CertificateExpiry.of(NOW.plusHours(2), NOW).text());
    }

    @Test
    void expiredCertificateSaysExpiredAndIsHighlighted() {
        CertificateExpiry expiry = CertificateExpiry.of(NOW.minusDays(3), NOW);

        assertEquals("expired on 2026-03-07", expiry.text());
        assertTrue(expiry.needsAttention());
    }

    @Test
    void certificateEndingThisVeryMomentHasExpired() {
        assertEquals("expired on 2026-03-10", CertificateExpiry.of(NOW, NOW).text());
    }

    @Test
    void partnerWithoutCertificatesSaysSoWithoutAlarm() {
        CertificateExpiry expiry = CertificateExpiry.of(null, NOW);

        assertEquals("no certificates", expiry.text());
        assertFalse(expiry.needsAttention());
    }
}

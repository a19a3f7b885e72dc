package org.symbolon.sts.console;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * When a partner's certificate runs out, in words an administrator acts on; {@code needsAttention}
 * when it has, or will within {@link #WARNING_DAYS} days.
 */
record CertificateExpiry(String text, boolean needsAttention) {

    static final int WARNING_DAYS = 30;
    static final CertificateExpiry NO_CERTIFICATES = new CertificateExpiry("no certificates", false);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** {@code notAfter} and {@code now} are UTC wall-clock times, as the services give them. */
    static CertificateExpiry of(LocalDateTime notAfter, LocalDateTime now) {
        if (notAfter == null) {
            return NO_CERTIFICATES;
        }
        String day = DAY.format(notAfter);
        // expired at the instant notAfter, as CertificateInfo.expired says
        if (!notAfter.isAfter(now)) {
            return new CertificateExpiry("expired on " + day, true);
        }
        long days = Duration.between(now, notAfter).toDays();
        String left = days == 0 ? "expires within a day" : days == 1 ? "expires in 1 day" : "expires in " + days + " days";
        return new CertificateExpiry(left + " (" + day + ")", days < WARNING_DAYS);
    }

    /** The CSS class that makes it stand out, or none. */
    String styleClass() {
        return needsAttention ? "attention" : "";
    }
}

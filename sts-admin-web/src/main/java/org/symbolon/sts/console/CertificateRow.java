package org.symbolon.sts.console;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.symbolon.sts.trust.CertificateInfo;

/** One certificate of a partner, as the detail page shows it. */
public final class CertificateRow {

    private static final DateTimeFormatter UTC_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final CertificateInfo certificate;
    private final CertificateExpiry expiry;

    CertificateRow(CertificateInfo certificate, LocalDateTime now) {
        this.certificate = certificate;
        this.expiry = CertificateExpiry.of(certificate.notAfter(), now);
    }

    public String getSubject() {
        return certificate.subject();
    }

    public String getNotBefore() {
        return UTC_MINUTE.format(certificate.notBefore());
    }

    public String getNotAfter() {
        return UTC_MINUTE.format(certificate.notAfter());
    }

    public String getSha256() {
        return certificate.sha256();
    }

    public String getExpired() {
        return certificate.expired() ? "Yes" : "No";
    }

    public String getExpiry() {
        return expiry.text();
    }

    public String getExpiryClass() {
        return expiry.styleClass();
    }
}

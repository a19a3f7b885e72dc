package org.symbolon.sts.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.symbolon.sts.config.UtcClock;

/** What an administrator needs to know of a partner's certificate: whose it is, until when, and its fingerprint. */
public record CertificateInfo(String subject, LocalDateTime notBefore, LocalDateTime notAfter, String sha256,
        boolean expired) {

    public static CertificateInfo of(X509Certificate certificate) {
        LocalDateTime notAfter = LocalDateTime.ofInstant(certificate.getNotAfter().toInstant(), ZoneOffset.UTC);
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(),
                LocalDateTime.ofInstant(certificate.getNotBefore().toInstant(), ZoneOffset.UTC), notAfter,
                fingerprint(certificate), !notAfter.isAfter(UtcClock.now()));
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}

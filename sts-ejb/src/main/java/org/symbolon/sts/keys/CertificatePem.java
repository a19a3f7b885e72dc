package org.symbolon.sts.keys;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** Certificates as stored and exchanged: PEM text (RFC 7468), 64-character lines. */
public final class CertificatePem {

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----\n";
    private static final String END = "\n-----END CERTIFICATE-----\n";

    private CertificatePem() {
    }

    public static String encode(X509Certificate certificate) {
        try {
            Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
            return BEGIN + base64.encodeToString(certificate.getEncoded()) + END;
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Unencodable certificate", e);
        }
    }

    public static X509Certificate decode(String pem) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalStateException("Stored certificate is unreadable", e);
        }
    }

    /** All certificates of a concatenation of PEM blocks, in order; none for null or empty text. */
    public static List<X509Certificate> decodeAll(String pems) {
        if (pems == null || pems.isBlank()) {
            return List.of();
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return factory.generateCertificates(new ByteArrayInputStream(pems.getBytes(StandardCharsets.US_ASCII)))
                    .stream().map(X509Certificate.class::cast).toList();
        } catch (CertificateException e) {
            throw new IllegalStateException("Stored certificates are unreadable", e);
        }
    }
}

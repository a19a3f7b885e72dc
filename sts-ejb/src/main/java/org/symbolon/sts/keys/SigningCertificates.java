package org.symbolon.sts.keys;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed certificates for RSA signing keys. SAML metadata and XML signatures carry keys as
 * X.509 certificates; nothing validates a chain, so the certificate only wraps the public key, names
 * its issuer and bounds its use in time. Bouncy Castle is used as an ASN.1 library only: the JDK's
 * default providers sign, no provider is registered.
 */
public final class SigningCertificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningCertificates() {
    }

    public static X509Certificate selfSigned(KeyPair keys, String commonName, Instant notBefore, Duration validity) {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
        // X.509 times have whole seconds; 128 random bits make the serial unguessable and positive
        Instant from = notBefore.truncatedTo(ChronoUnit.SECONDS);
        BigInteger serial = new BigInteger(128, RANDOM).add(BigInteger.ONE);
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial, Date.from(from),
                    Date.from(from.plus(validity)), name, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (CertIOException | OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("Could not create a signing certificate", e);
        }
    }
}

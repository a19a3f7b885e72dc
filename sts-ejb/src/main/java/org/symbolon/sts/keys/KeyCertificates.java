package org.symbolon.sts.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;

/**
 * Gives RS256 signing keys their self-signed certificate (SAML needs one): named after the issuer's
 * host, valid from the key's creation for the configured period.
 */
@ApplicationScoped
public class KeyCertificates {

    @Inject
    StsConfig config;

    @Inject
    SamlConfig saml;

    @Inject
    MasterKey masterKey;

    /** The PEM certificate for a key pair, or null for algorithms that need none (ES256 signs only JWTs). */
    public String forKey(JWK privateJwk, LocalDateTime createdAt) {
        if (!(privateJwk instanceof RSAKey rsa)) {
            return null;
        }
        try {
            return CertificatePem.encode(SigningCertificates.selfSigned(rsa.toKeyPair(), commonName(),
                    UtcClock.toInstant(createdAt), saml.signingCertificateValidity()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable RSA key " + rsa.getKeyID(), e);
        }
    }

    /** For a key stored before certificates existed: its private half is opened only to sign the certificate. */
    public String forStoredKey(StoredKey key) {
        byte[] privateJson = masterKey.open(key.sealedPrivateJwk(), key.kid());
        try {
            return forKey(JWK.parse(new String(privateJson, StandardCharsets.UTF_8)), key.createdAt());
        } catch (ParseException e) {
            throw new IllegalStateException("Stored key " + key.kid() + " is unreadable", e);
        } finally {
            Arrays.fill(privateJson, (byte) 0);
        }
    }

    String commonName() {
        String host = URI.create(config.issuer()).getHost();
        return host == null || host.isBlank() ? "symbolon" : host;
    }
}

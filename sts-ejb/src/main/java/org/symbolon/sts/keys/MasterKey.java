package org.symbolon.sts.keys;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.symbolon.sts.config.StsConfig;

/**
 * The key that encrypts signing keys at rest: taken from configuration, or from a file that is
 * generated with owner-only permissions on first start of the embedded default.
 */
@ApplicationScoped
public class MasterKey {

    private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());

    @Inject
    StsConfig config;

    private KeyEnvelope envelope;

    private SecretKey key;

    @PostConstruct
    void load() {
        byte[] raw = config.masterKey()
                .map(MasterKey::decode)
                .orElseGet(() -> readOrCreate(config.masterKeyFile()));
        if (raw.length != 32) {
            throw new IllegalStateException("The master key must be 32 bytes (256 bits), base64-encoded");
        }
        key = new SecretKeySpec(raw, "AES");
        envelope = new KeyEnvelope(key);
    }

    public String seal(byte[] plaintext, String context) {
        try {
            return envelope.seal(plaintext, context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt key material", e);
        }
    }

    public byte[] open(String sealed, String context) {
        try {
            return envelope.open(sealed, context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt key material: wrong master key?", e);
        }
    }

    /** A secret for one purpose, derived from the master key (HMAC-SHA256 of the purpose), so every node agrees. */
    public byte[] derive(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not derive a key for " + purpose, e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The master key is not valid base64");
        }
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            Path created = Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(created, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
            LOG.info(() -> "Generated a new master key file " + file.toAbsolutePath() + " (owner read/write only)");
            return raw;
        } catch (FileAlreadyExistsException raced) {
            return readOrCreate(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file, e);
        }
    }
}

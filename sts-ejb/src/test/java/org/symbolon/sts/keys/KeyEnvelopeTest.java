package org.symbolon.sts.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class KeyEnvelopeTest {

    private final KeyEnvelope envelope = new KeyEnvelope(new SecretKeySpec(new byte[32], "AES"));
    private final byte[] secret = "{\"d\":\"private\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealedKeyOpensWithTheSameContext() throws GeneralSecurityException {
        assertArrayEquals(secret, envelope.open(envelope.seal(secret, "kid-1"), "kid-1"));
    }

    @Test
    void sealedKeyDoesNotContainThePlaintext() throws GeneralSecurityException {
        String sealed = envelope.seal(secret, "kid-1");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        assertFalse(new String(raw, StandardCharsets.ISO_8859_1).contains("private"));
        assertNotEquals(sealed, envelope.seal(secret, "kid-1"), "a fresh IV every time");
    }

    @Test
    void sealedKeyCopiedToAnotherKidDoesNotOpen() throws GeneralSecurityException {
        String sealed = envelope.seal(secret, "kid-1");
        assertThrows(GeneralSecurityException.class, () -> envelope.open(sealed, "kid-2"));
    }

    @Test
    void tamperedCiphertextDoesNotOpen() throws GeneralSecurityException {
        String sealed = envelope.seal(secret, "kid-1");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(GeneralSecurityException.class, () -> envelope.open(tampered, "kid-1"));
    }

    @Test
    void anotherMasterKeyDoesNotOpen() throws GeneralSecurityException {
        byte[] other = new byte[32];
        other[0] = 1;
        String sealed = envelope.seal(secret, "kid-1");
        KeyEnvelope wrong = new KeyEnvelope(new SecretKeySpec(other, "AES"));
        assertThrows(GeneralSecurityException.class, () -> wrong.open(sealed, "kid-1"));
    }
}

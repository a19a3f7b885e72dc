package org.symbolon.sts.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM sealing of key material. The context (a key id) is bound as associated data, so a
 * sealed key copied to another row does not open.
 */
public final class KeyEnvelope {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public KeyEnvelope(SecretKey key) {
        this.key = key;
    }

    public String seal(byte[] plaintext, String context) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plaintext);
        byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        return VERSION + ":" + Base64.getEncoder().encodeToString(out);
    }

    public byte[] open(String sealed, String context) throws GeneralSecurityException {
        if (!sealed.startsWith(VERSION + ":")) {
            throw new GeneralSecurityException("Unknown key envelope version");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(sealed.substring(VERSION.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("Malformed key envelope", e);
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityException("Malformed key envelope");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
    }
}

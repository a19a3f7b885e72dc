package org.symbolon.sts.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a "revoke this subject's tokens from this client" entry is keyed: a digest of both, so a
 * long subject fits the revocation table, stored under a {@code sub:} prefix with its time.
 */
public final class SubjectRevocationKey {

    private static final String PREFIX = "sub:";

    private SubjectRevocationKey() {
    }

    public static String of(String subject, String clientId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((subject + "\u0000" + clientId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rowId(String key, long revokedAtMillis) {
        return PREFIX + key + ":" + revokedAtMillis;
    }

    static boolean isSubjectRevocation(String jti) {
        return jti.startsWith(PREFIX);
    }

    static String keyOf(String rowId) {
        return rowId.substring(PREFIX.length(), rowId.lastIndexOf(':'));
    }
}

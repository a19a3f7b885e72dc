package org.symbolon.sts.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a "revoke this subject's tokens from this client" entry is keyed: a digest of both, so a
 * long subject fits the revocation table, stored under a {@code sub:} prefix with its time. A
 * revocation for every client is keyed by the subject alone and stored under {@code sub*:}.
 */
public final class SubjectRevocationKey {

    private static final String PREFIX = "sub:";
    private static final String ALL_CLIENTS_PREFIX = "sub*:";

    private SubjectRevocationKey() {
    }

    public static String of(String subject, String clientId) {
        return digest(subject + "\u0000" + clientId);
    }

    /** The key of "every token of this subject, whichever client it went to". */
    public static String ofSubject(String subject) {
        return digest(subject);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String allClientsRowId(String key, long revokedAtMillis) {
        return ALL_CLIENTS_PREFIX + key + ":" + revokedAtMillis;
    }

    static boolean isAllClientsRevocation(String jti) {
        return jti.startsWith(ALL_CLIENTS_PREFIX);
    }

    static String allClientsKeyOf(String rowId) {
        return rowId.substring(ALL_CLIENTS_PREFIX.length(), rowId.lastIndexOf(':'));
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

package org.symbolon.sts.token;

import java.util.Objects;

/**
 * A revoked token id as {@link RevocationList} keeps it, with the time its token expires. Our
 * access tokens' ids are lowercase UUIDs ({@code Uuids.random}): such an id is held as its 128 bits,
 * 40 bytes in all, where its string and a boxed expiry took about 100. Any other id (SAML
 * assertion ids, a UUID in capitals) is held as its string, so that two ids are the same key
 * exactly when their strings are equal. Equality ignores the expiry.
 */
record RevokedId(long high, long low, String other, long expiresAtMillis) {

    private static final int UUID_LENGTH = 36;

    static RevokedId of(String id, long expiresAtMillis) {
        if (id.length() != UUID_LENGTH) {
            return new RevokedId(0, 0, id, expiresAtMillis);
        }
        // one pass: the first 16 hex digits are the high half, the last 16 the low half
        long high = 0;
        long low = 0;
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = id.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return new RevokedId(0, 0, id, expiresAtMillis);
                }
                continue;
            }
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                return new RevokedId(0, 0, id, expiresAtMillis);
            }
            if (i < 18) {
                high = (high << 4) | digit;
            } else {
                low = (low << 4) | digit;
            }
        }
        return new RevokedId(high, low, null, expiresAtMillis);
    }

    /** The id to look up: the same key as {@link #of} made, with no expiry. */
    static RevokedId probe(String id) {
        return of(id, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RevokedId r && high == r.high && low == r.low && Objects.equals(other, r.other);
    }

    @Override
    public int hashCode() {
        return other != null ? other.hashCode() : Long.hashCode(high * 31 + low);
    }
}

package org.symbolon.sts.token;

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
        if (isLowercaseUuid(id)) {
            return new RevokedId(bits(id, 0, 18), bits(id, 19, UUID_LENGTH), null, expiresAtMillis);
        }
        return new RevokedId(0, 0, id, expiresAtMillis);
    }

    /** The id to look up: the same key as {@link #of} made, with no expiry. */
    static RevokedId probe(String id) {
        return of(id, 0);
    }

    private static boolean isLowercaseUuid(String id) {
        if (id.length() != UUID_LENGTH) {
            return false;
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = id.charAt(i);
            boolean valid = i == 8 || i == 13 || i == 18 || i == 23
                    ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!valid) {
                return false;
            }
        }
        return true;
    }

    /** The 16 hex digits of {@code id[from, to)}, dashes skipped, as 64 bits. */
    private static long bits(String id, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = id.charAt(i);
            if (c != '-') {
                value = (value << 4) | (c <= '9' ? c - '0' : c - 'a' + 10);
            }
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RevokedId r && high == r.high && low == r.low
                && (other == null ? r.other == null : other.equals(r.other));
    }

    @Override
    public int hashCode() {
        return other != null ? other.hashCode() : Long.hashCode(high * 31 + low);
    }
}

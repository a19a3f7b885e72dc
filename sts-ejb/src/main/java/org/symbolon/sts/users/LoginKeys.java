package org.symbolon.sts.users;

/** Counter keys: one per existing account (by its stable id) and one per client address. */
final class LoginKeys {

    private static final int MAX_ADDRESS = 64;

    private LoginKeys() {
    }

    static String account(String userId) {
        return "user:" + userId;
    }

    /** The address as the caller saw it, cut to a bounded, printable key. */
    static String address(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "addr:-";
        }
        StringBuilder key = new StringBuilder("addr:");
        clientAddress.strip().codePoints().limit(MAX_ADDRESS)
                .forEach(c -> key.appendCodePoint(c < 0x21 || c > 0x7e ? '?' : c));
        return key.toString();
    }
}

package org.symbolon.sts.authn;

/** What an administrator username may be, and how an untrusted one is written to the audit trail. */
final class AdminUsernames {

    static final int MAX_LENGTH = 128;

    private AdminUsernames() {
    }

    /** 1-128 characters without control characters: the column's size, and nothing that forges log lines. */
    static boolean isValid(String username) {
        return username != null && !username.isEmpty() && username.length() <= MAX_LENGTH
                && username.codePoints().noneMatch(Character::isISOControl);
    }

    /** A typed username fit for the audit actor column: control characters replaced, length capped. */
    static String forAudit(String username) {
        if (username == null || username.isEmpty()) {
            return "(empty)";
        }
        StringBuilder safe = new StringBuilder();
        username.codePoints().limit(MAX_LENGTH)
                .forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return safe.toString();
    }
}

package org.symbolon.sts.authn;

import java.time.LocalDateTime;

/** A console administrator as stored: the password only as a {@link PasswordHasher} hash. */
public record AdminAccount(String username, String passwordHash, boolean enabled, LocalDateTime createdAt) {

    @Override
    public String toString() {
        // keeps the hash out of logs and exception messages
        return "AdminAccount[username=" + username + ", enabled=" + enabled + ", createdAt=" + createdAt + "]";
    }
}

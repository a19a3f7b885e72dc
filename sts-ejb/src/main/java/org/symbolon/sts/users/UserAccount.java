package org.symbolon.sts.users;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A stored local user, password hash included: never leaves the service layer as such. */
public record UserAccount(
        String id,
        String username,
        String displayName,
        String email,
        Map<String, List<String>> attributes,
        List<String> groups,
        boolean enabled,
        String passwordHash,
        boolean passwordTemporary,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    public LocalUser toLocalUser() {
        return new LocalUser(id, username, displayName, email, attributes, groups, enabled);
    }

    public UserView view() {
        return new UserView(id, username, displayName, email, attributes, groups, enabled, passwordHash != null,
                passwordTemporary, createdAt, updatedAt);
    }

    UserAccount withPassword(String hash, boolean temporary, LocalDateTime now) {
        return new UserAccount(id, username, displayName, email, attributes, groups, enabled, hash, temporary,
                createdAt, now);
    }

    UserAccount withEnabled(boolean on, LocalDateTime now) {
        return new UserAccount(id, username, displayName, email, attributes, groups, on, passwordHash,
                passwordTemporary, createdAt, now);
    }
}

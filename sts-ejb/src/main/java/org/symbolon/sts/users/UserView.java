package org.symbolon.sts.users;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** What the admin API, the console and the audit trail see of a user: never a password or its hash. */
public record UserView(
        String id,
        String username,
        String displayName,
        String email,
        Map<String, List<String>> attributes,
        List<String> groups,
        boolean enabled,
        boolean passwordSet,
        boolean passwordTemporary,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}

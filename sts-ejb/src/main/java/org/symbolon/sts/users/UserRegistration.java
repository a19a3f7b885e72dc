package org.symbolon.sts.users;

import java.util.List;
import java.util.Map;

/** A user as an administrator submits it; null fields take their defaults (no password, enabled). */
public record UserRegistration(
        String username,
        String password,
        String email,
        String displayName,
        List<String> groups,
        Map<String, List<String>> attributes,
        Boolean enabled) {
}

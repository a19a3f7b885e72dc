package org.symbolon.sts.users;

/** A local user as sign-in and token issuance see it: {@code id} is stable and becomes the OIDC {@code sub}. */
public record LocalUser(String id, String username, String displayName, String email,
        java.util.Map<String, java.util.List<String>> attributes, java.util.List<String> groups,
        boolean enabled) {
}

package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symbolon.sts.users.LocalUser;
import org.symbolon.sts.users.UserDirectory;

/**
 * The OpenID Connect claims of a local user, from the user directory: the username as
 * {@code preferred_username}, the display name as {@code name}, the email address, the groups, and
 * {@code given_name}, {@code family_name} and {@code email_verified} when the user has such attributes.
 */
@ApplicationScoped
public class DirectoryUserClaims implements UserClaimsSource {

    @Inject
    UserDirectory users;

    @Override
    public Optional<Map<String, Object>> claimsOf(String userId) {
        return users.findById(userId).filter(LocalUser::enabled).map(DirectoryUserClaims::claims);
    }

    static Map<String, Object> claims(LocalUser user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", user.username());
        if (user.displayName() != null && !user.displayName().isBlank()) {
            claims.put("name", user.displayName());
        }
        attribute(user, "given_name").ifPresent(v -> claims.put("given_name", v));
        attribute(user, "family_name").ifPresent(v -> claims.put("family_name", v));
        if (user.email() != null && !user.email().isBlank()) {
            claims.put("email", user.email());
            // an address is verified only when an attribute says so; an administrator typing it in is no proof
            claims.put("email_verified", attribute(user, "email_verified").map("true"::equalsIgnoreCase).orElse(false));
        }
        claims.put("groups", user.groups() == null ? List.of() : List.copyOf(user.groups()));
        return claims;
    }

    private static Optional<String> attribute(LocalUser user, String name) {
        Map<String, List<String>> attributes = user.attributes() == null ? Map.of() : user.attributes();
        List<String> values = attributes.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }
}

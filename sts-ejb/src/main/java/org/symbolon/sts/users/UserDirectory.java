package org.symbolon.sts.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Read-only lookups of local users for sign-in, sessions and token issuance. */
@ApplicationScoped
public class UserDirectory {

    @Inject
    UserRepository users;

    public Optional<LocalUser> findById(String id) {
        return findAccount(id).map(UserAccount::toLocalUser);
    }

    /** Case-insensitive, as usernames are unique regardless of case. */
    public Optional<LocalUser> findByUsername(String username) {
        if (!UserPolicy.isUsername(username)) {
            return Optional.empty();
        }
        return users.findByUsername(UserPolicy.normalize(username)).map(UserAccount::toLocalUser);
    }

    /** True when the user's password was set by an administrator as temporary and must be changed. */
    public boolean passwordChangeRequired(String id) {
        return findAccount(id).map(UserAccount::passwordTemporary).orElse(false);
    }

    private Optional<UserAccount> findAccount(String id) {
        return id == null || id.isEmpty() || id.length() > 36 ? Optional.empty() : users.find(id);
    }
}

package org.symbolon.sts.authn;

import java.util.Optional;

/** Where administrator accounts are kept; implemented with JPA in the persistence package. */
public interface AdminAccountRepository {

    Optional<AdminAccount> findByUsername(String username);

    void create(AdminAccount account);

    /** Replaces the stored hash, e.g. with one of more iterations after a successful sign-in. */
    void updatePasswordHash(String username, String passwordHash);
}

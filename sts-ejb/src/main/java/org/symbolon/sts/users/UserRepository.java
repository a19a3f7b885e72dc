package org.symbolon.sts.users;

import java.util.List;
import java.util.Optional;

/** Where local users and their group memberships are kept; implemented with JPA in the persistence package. */
public interface UserRepository {

    Optional<UserAccount> find(String id);

    /** By the normalised username (see {@link UserPolicy#normalize}). */
    Optional<UserAccount> findByUsername(String normalizedUsername);

    /** Users whose username, email or display name contains {@code text} (any case), ordered by username. */
    List<UserAccount> search(String text, int first, int max);

    List<UserAccount> membersOf(String groupName);

    void insert(UserAccount user);

    /** Replaces everything stored of the user, group memberships included. */
    void update(UserAccount user);

    void delete(String id);

    void updatePasswordHash(String id, String passwordHash);
}

package org.symbolon.sts.users;

import java.util.List;
import java.util.Optional;

public interface GroupRepository {

    Optional<UserGroup> find(String name);

    List<UserGroup> findAll();

    void insert(UserGroup group);

    void update(UserGroup group);

    /** Removes the group and every membership in it. */
    void delete(String name);
}

package org.symbolon.sts.users;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.error.StsException;

/** Creates, changes and removes groups of local users; every change is audited in the same transaction. */
@Stateless
public class GroupAdminService {

    @Inject
    GroupRepository groups;

    @Inject
    UserRepository users;

    @Inject
    AuditLog audit;

    public List<UserGroup> list() {
        return groups.findAll();
    }

    public UserGroup get(String name) {
        return existing(name);
    }

    public UserGroup create(UserGroup draft, String actor) {
        UserGroup group = new UserGroup(GroupPolicy.name(draft.name()), GroupPolicy.description(draft.description()));
        if (groups.find(group.name()).isPresent()) {
            throw StsException.conflict("A group with this name already exists");
        }
        groups.insert(group);
        audit.success(actor, "group.create", group.name(), null, group);
        return group;
    }

    public UserGroup update(String name, UserGroup changed, String actor) {
        UserGroup before = existing(name);
        if (changed.name() != null && !changed.name().equals(name)) {
            throw StsException.invalidField("name", "name cannot be changed");
        }
        UserGroup after = new UserGroup(name, GroupPolicy.description(changed.description()));
        groups.update(after);
        audit.success(actor, "group.update", name, before, after);
        return after;
    }

    /** Removes the group; its members stay, without it. */
    public void delete(String name, String actor) {
        UserGroup before = existing(name);
        groups.delete(name);
        audit.success(actor, "group.delete", name, before, null);
    }

    public List<UserView> members(String name) {
        existing(name);
        return users.membersOf(name).stream().map(UserAccount::view).toList();
    }

    private UserGroup existing(String name) {
        if (!GroupPolicy.isName(name)) {
            throw StsException.notFound("No group with this name");
        }
        return groups.find(name).orElseThrow(() -> StsException.notFound("No group with this name"));
    }
}

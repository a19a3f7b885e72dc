package org.symbolon.sts.users;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.authn.PasswordHasher;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.SubjectRevocationService;

/**
 * Creates, changes and removes local users; every change is audited in the same transaction. Disabling
 * or deleting a user revokes every token issued to them and tells observers to end their sessions.
 */
@Stateless
public class UserAdminService {

    public static final int MAX_PAGE = 500;
    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    UserRepository users;

    @Inject
    GroupRepository groups;

    @Inject
    LoginCounterRepository counters;

    @Inject
    SubjectRevocationService revocations;

    @Inject
    Event<UserDisabled> disabled;

    @Inject
    AuditLog audit;

    @Inject
    StsConfig config;

    public List<UserView> search(String text, int first, int max) {
        if (first < 0) {
            throw StsException.invalidField("first", "first must be 0 or more");
        }
        if (max < 1 || max > MAX_PAGE) {
            throw StsException.invalidField("max", "max must be 1 to " + MAX_PAGE);
        }
        return users.search(UserPolicy.search(text), first, max).stream().map(UserAccount::view).toList();
    }

    public UserView get(String id) {
        return existing(id).view();
    }

    public UserView create(UserRegistration r, String actor) {
        String username = UserPolicy.username(r.username());
        refuseTaken(username, null);
        String hash = r.password() == null ? null : HASHER.hash(UserPolicy.password(r.password(),
                config.passwordMinLength()));
        LocalDateTime now = now();
        UserAccount user = build(UUID.randomUUID().toString(), username, r, hash, false, now, now);
        users.insert(user);
        audit.success(actor, "user.create", user.id(), null, user.view());
        return user.view();
    }

    public UserView update(String id, UserRegistration r, String actor) {
        UserAccount before = existing(id);
        if (r.password() != null) {
            throw StsException.invalidField("password", "Set a password with PUT /api/admin/users/{id}/password");
        }
        String username = UserPolicy.username(r.username());
        refuseTaken(username, id);
        UserAccount after = build(id, username, r, before.passwordHash(), before.passwordTemporary(),
                before.createdAt(), now());
        users.update(after);
        audit.success(actor, "user.update", id, before.view(), after.view());
        if (before.enabled() && !after.enabled()) {
            endAccess(after, actor);
        }
        return after.view();
    }

    public void delete(String id, String actor) {
        UserAccount before = existing(id);
        users.delete(id);
        counters.delete(LoginKeys.account(id));
        audit.success(actor, "user.delete", id, before.view(), null);
        endAccess(before, actor);
    }

    public UserView setPassword(String id, String password, boolean temporary, String actor) {
        UserAccount before = existing(id);
        char[] checked = UserPolicy.password(password, config.passwordMinLength());
        UserAccount after = before.withPassword(HASHER.hash(checked), temporary, now());
        users.update(after);
        audit.success(actor, "user.password", id, null, java.util.Map.of("temporary", temporary));
        return after.view();
    }

    public UserView setEnabled(String id, boolean enabled, String actor) {
        UserAccount before = existing(id);
        UserAccount after = before.withEnabled(enabled, now());
        users.update(after);
        audit.success(actor, enabled ? "user.enable" : "user.disable", id, before.view(), after.view());
        if (before.enabled() && !enabled) {
            endAccess(after, actor);
        }
        return after.view();
    }

    /** Clears the account's failed-login count and any lock. */
    public void unlock(String id, String actor) {
        existing(id);
        counters.delete(LoginKeys.account(id));
        audit.success(actor, "user.unlock", id, null, null);
    }

    private void endAccess(UserAccount user, String actor) {
        revocations.revokeForAllClients(user.id(), actor);
        disabled.fire(new UserDisabled(user.id(), user.username()));
    }

    private UserAccount build(String id, String username, UserRegistration r, String hash, boolean temporary,
            LocalDateTime createdAt, LocalDateTime now) {
        List<String> memberOf = UserPolicy.groups(r.groups());
        for (String group : memberOf) {
            if (groups.find(group).isEmpty()) {
                throw StsException.invalidField("groups", "No group named '" + group + "'");
            }
        }
        return new UserAccount(id, username, UserPolicy.displayName(r.displayName()), UserPolicy.email(r.email()),
                UserPolicy.attributes(r.attributes()), memberOf, r.enabled() == null || r.enabled(), hash, temporary,
                createdAt, now);
    }

    private void refuseTaken(String username, String id) {
        users.findByUsername(username).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw StsException.conflict("A user with this username already exists");
        });
    }

    /** To the microsecond, as the database keeps it, so a created user reads back exactly as answered. */
    private static LocalDateTime now() {
        return UtcClock.now().truncatedTo(ChronoUnit.MICROS);
    }

    private UserAccount existing(String id) {
        return users.find(id).orElseThrow(() -> StsException.notFound("No user with this id"));
    }
}

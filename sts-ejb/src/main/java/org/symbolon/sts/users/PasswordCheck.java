package org.symbolon.sts.users;

import java.time.Clock;
import java.util.Optional;
import org.symbolon.sts.authn.PasswordHasher;

/**
 * Decides one password login. Unknown user, wrong password and disabled account all cost one PBKDF2
 * computation and end in the same refusal; only a throttled attempt is refused without one.
 */
final class PasswordCheck {

    /** The outcome, and for the audit trail the account (null if unknown) and why a login was refused. */
    record Result(LoginOutcome outcome, UserAccount account, String reason) {
    }

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginAttempts attempts;
    private final Clock clock;
    private final String decoyHash;

    PasswordCheck(UserRepository users, PasswordHasher hasher, LoginAttempts attempts, Clock clock, String decoyHash) {
        this.users = users;
        this.hasher = hasher;
        this.attempts = attempts;
        this.clock = clock;
        this.decoyHash = decoyHash;
    }

    Result check(String username, char[] password, String clientAddress) {
        String addressKey = LoginKeys.address(clientAddress);
        Optional<UserAccount> found = UserPolicy.isUsername(username)
                ? users.findByUsername(UserPolicy.normalize(username)) : Optional.empty();
        String accountKey = found.map(u -> LoginKeys.account(u.id())).orElse(null);
        LoginAttempts.Admission admission = attempts.begin(accountKey, addressKey);
        if (!admission.allowed()) {
            return refused(admission, found, "throttled");
        }
        UserAccount user = found.orElse(null);
        String hash = user != null && user.passwordHash() != null ? user.passwordHash() : decoyHash;
        boolean matches = hasher.verify(password == null ? new char[0] : password, hash);
        if (user == null) {
            return refused(admission, found, "unknown-user");
        }
        if (!matches || user.passwordHash() == null) {
            return refused(admission, found, "wrong-password");
        }
        if (!user.enabled()) {
            return refused(admission, found, "disabled");
        }
        attempts.succeeded(accountKey, addressKey);
        // hashes written with fewer iterations than today's default are replaced while the password is at hand
        if (hasher.needsRehash(user.passwordHash())) {
            users.updatePasswordHash(user.id(), hasher.hash(password));
        }
        return new Result(new LoginOutcome.Authenticated(user.toLocalUser(), clock.instant()), user, null);
    }

    private static Result refused(LoginAttempts.Admission admission, Optional<UserAccount> user, String reason) {
        return new Result(new LoginOutcome.Refused(admission.retryAfter()), user.orElse(null), reason);
    }
}

package org.symbolon.sts.authn;

import java.util.Optional;

/**
 * Decides one administrator sign-in. Unknown user, wrong password, disabled and locked account all
 * fail alike and all cost one PBKDF2 computation, so neither the answer nor its timing tells which
 * usernames exist.
 */
class AdminSignIn {

    private final AdminAccountRepository accounts;
    private final PasswordHasher hasher;
    private final AdminSignInLockout lockout;
    private final String decoyHash;

    AdminSignIn(AdminAccountRepository accounts, PasswordHasher hasher, AdminSignInLockout lockout) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.lockout = lockout;
        this.decoyHash = hasher.decoyHash();
    }

    /** The account when the password is right and the account enabled and not locked. */
    Optional<AdminAccount> check(String username, char[] password) {
        Optional<AdminAccount> account = AdminUsernames.isValid(username)
                ? accounts.findByUsername(username) : Optional.empty();
        boolean attemptAllowed = account.isPresent() && lockout.tryAttempt(username);
        String hash = attemptAllowed ? account.get().passwordHash() : decoyHash;
        boolean passwordMatches = hasher.verify(password == null ? new char[0] : password, hash);
        if (!attemptAllowed || !passwordMatches || !account.get().enabled()) {
            return Optional.empty();
        }
        lockout.recordSuccess(username);
        upgradeHashIfWeak(account.get(), password);
        return account;
    }

    // hashes written with fewer iterations than today's default are replaced while the password is at hand
    private void upgradeHashIfWeak(AdminAccount account, char[] password) {
        if (hasher.needsRehash(account.passwordHash())) {
            accounts.updatePasswordHash(account.username(), hasher.hash(password));
        }
    }
}

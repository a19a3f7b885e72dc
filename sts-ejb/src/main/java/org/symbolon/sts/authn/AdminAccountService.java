package org.symbolon.sts.authn;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;

/**
 * Console administrators: creates the bootstrap account on first start and checks sign-ins, each
 * of which is audited. The lockout state lives in this singleton, so it is per node (see
 * {@link AdminSignInLockout}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
// sign-ins run in parallel (each spends a few hundred ms in PBKDF2); AdminSignIn and the lockout are thread-safe
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// no transaction held open during PBKDF2; the repository and the audit log bring their own
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminAccountService {

    private static final String SIGN_IN = "admin.sign-in";
    private static final String CREATE = "admin.create";
    private static final String CONSOLE = "console";
    private static final Logger LOG = Logger.getLogger(AdminAccountService.class.getName());

    @Inject
    StsConfig config;

    @Inject
    AdminAccountRepository accounts;

    @Inject
    AuditLog audit;

    private final PasswordHasher hasher = new PasswordHasher();
    private AdminSignIn signIn;

    @PostConstruct
    void start() {
        signIn = new AdminSignIn(accounts, hasher, new AdminSignInLockout(Clock.systemUTC()));
        Optional<String> username = config.bootstrapAdminUsername();
        Optional<String> password = config.bootstrapAdminPassword();
        if (username.isPresent() != password.isPresent()) {
            LOG.warning("Only one of sts.bootstrap.admin-username and sts.bootstrap.admin-password is set:"
                    + " no bootstrap admin account created");
        } else if (username.isPresent() && !AdminUsernames.isValid(username.get())) {
            LOG.warning("sts.bootstrap.admin-username must be 1-" + AdminUsernames.MAX_LENGTH
                    + " characters without control characters: no bootstrap admin account created");
        } else if (username.isPresent()) {
            createIfAbsent(username.get(), password.get().toCharArray());
        }
    }

    /** The username on success; one and the same empty answer for every kind of failure. */
    public Optional<String> authenticate(String username, char[] password) {
        Optional<String> signedIn = signIn.check(username, password).map(AdminAccount::username);
        if (signedIn.isPresent()) {
            audit.success(signedIn.get(), SIGN_IN, CONSOLE, null, null);
        } else {
            audit.failure(AdminUsernames.forAudit(username), SIGN_IN, CONSOLE);
        }
        return signedIn;
    }

    private void createIfAbsent(String username, char[] password) {
        if (accounts.findByUsername(username).isPresent()) {
            return;
        }
        try {
            accounts.create(new AdminAccount(username, hasher.hash(password), true, UtcClock.now()));
        } catch (RuntimeException e) {
            // another node starting at the same moment may have created it first
            if (accounts.findByUsername(username).isPresent()) {
                return;
            }
            throw e;
        }
        audit.success("bootstrap", CREATE, username, null, null);
        LOG.info(() -> "Bootstrap admin account '" + username + "' created");
    }
}

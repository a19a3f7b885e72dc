package org.symbolon.sts.users;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.authn.PasswordHasher;
import org.symbolon.sts.config.StsConfig;

/**
 * Password login of local users, with per-account and per-address throttling in the shared database
 * (see {@link LoginThrottle}); every attempt is audited as {@code user.login}, never with the password.
 */
@Stateless
// no transaction held open during PBKDF2; each counter write and lookup brings its own
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PasswordLogin {

    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String DECOY = HASHER.decoyHash();

    @Inject
    UserRepository users;

    @Inject
    LoginCounterRepository counters;

    @Inject
    StsConfig config;

    @Inject
    AuditLog audit;

    public LoginOutcome authenticate(String username, char[] password, String clientAddress) {
        Clock clock = Clock.systemUTC();
        LoginAttempts attempts = new LoginAttempts(counters, new LoginThrottle(LoginLimits.from(config)), clock);
        PasswordCheck.Result result = new PasswordCheck(users, HASHER, attempts, clock, DECOY)
                .check(username, password, clientAddress);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("clientAddress", LoginKeys.address(clientAddress).substring("addr:".length()));
        if (result.reason() != null) {
            details.put("reason", result.reason());
        }
        String target = result.account() == null ? "-" : result.account().id();
        audit.later(forAudit(username), "user.login", target,
                result.outcome() instanceof LoginOutcome.Authenticated ? "success" : "failure", details);
        return result.outcome();
    }

    /** A typed username fit for the audit actor column: control characters replaced, length capped. */
    private static String forAudit(String username) {
        if (username == null || username.isEmpty()) {
            return "(empty)";
        }
        StringBuilder safe = new StringBuilder();
        username.codePoints().limit(UserPolicy.MAX_USERNAME)
                .forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return safe.toString();
    }
}

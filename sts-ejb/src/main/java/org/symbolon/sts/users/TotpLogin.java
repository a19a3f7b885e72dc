package org.symbolon.sts.users;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.keys.MasterKey;

/**
 * Checks a user's TOTP code after the password. A wrong code counts against the same per-account and
 * per-address limits as a wrong password, and each time step is accepted once on every node, so a code
 * seen over a shoulder cannot be used again. Every check is audited as {@code user.login.otp}, never the code.
 */
@Stateless
// counter writes and the replay guard each commit on their own, as for passwords
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TotpLogin {

    private static final Logger LOG = Logger.getLogger(TotpLogin.class.getName());

    @Inject
    TotpRepository secrets;

    @Inject
    LoginCounterRepository counters;

    @Inject
    MasterKey masterKey;

    @Inject
    StsConfig config;

    @Inject
    AuditLog audit;

    public boolean enrolled(String userId) {
        return userId != null && secrets.find(userId).isPresent();
    }

    public boolean verify(LocalUser user, String code, String clientAddress) {
        Clock clock = Clock.systemUTC();
        LoginAttempts attempts = new LoginAttempts(counters, new LoginThrottle(LoginLimits.from(config)), clock);
        String accountKey = LoginKeys.account(user.id());
        String addressKey = LoginKeys.address(clientAddress);
        String refusal = attempts.begin(accountKey, addressKey).allowed()
                ? checkCode(user.id(), code, Totp.step(clock.instant())) : "throttled";
        if (refusal == null) {
            attempts.succeeded(accountKey, addressKey);
        }
        audit.later(user.username(), "user.login.otp", user.id(), refusal == null ? "success" : "failure",
                refusal == null ? Map.of("clientAddress", addressKey.substring("addr:".length()))
                        : Map.of("clientAddress", addressKey.substring("addr:".length()), "reason", refusal));
        return refusal == null;
    }

    /** Null when the code is accepted, else the audited reason. */
    private String checkCode(String userId, String code, long now) {
        Optional<StoredTotp> stored = secrets.find(userId);
        if (stored.isEmpty()) {
            return "wrong-code";
        }
        byte[] secret;
        try {
            secret = masterKey.open(stored.get().sealedSecret(), TotpAdminService.sealContext(userId));
        } catch (IllegalStateException e) {
            // the user sees the usual refusal; the operator learns why from the log and the audit trail
            LOG.severe(() -> "The TOTP secret of user " + userId + " cannot be decrypted with the configured master"
                    + " key (STS_KEYS_MASTER_KEY): the user cannot sign in until the right master key is set or an"
                    + " administrator enrols the account again");
            return "secret-unreadable";
        }
        OptionalLong step;
        try {
            step = Totp.matchingStep(secret, code, now, stored.get().lastUsedStep());
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return step.isPresent() && secrets.advance(userId, step.getAsLong()) ? null : "wrong-code";
    }
}

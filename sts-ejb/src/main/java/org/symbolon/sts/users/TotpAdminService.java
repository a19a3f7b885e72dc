package org.symbolon.sts.users;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.keys.MasterKey;

/**
 * Enrols users for TOTP and removes it. The secret is sealed with the master key and answered once, at
 * enrolment; neither the audit trail nor any later answer carries it.
 */
@Stateless
public class TotpAdminService {

    /** 160 bits, the HMAC-SHA1 block the RFC 4226 recommends as the shared secret's length. */
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    UserRepository users;

    @Inject
    TotpRepository secrets;

    @Inject
    MasterKey masterKey;

    @Inject
    StsConfig config;

    @Inject
    AuditLog audit;

    /** A new secret for the user, replacing any earlier one (whose codes stop working). */
    public TotpEnrolment enrol(String userId, String actor) {
        UserAccount user = existing(userId);
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        secrets.save(user.id(), masterKey.seal(secret, sealContext(user.id())));
        audit.success(actor, "user.totp.enrol", user.id(), null, Map.of("algorithm", "SHA1",
                "digits", Totp.DIGITS, "period", Totp.STEP_SECONDS));
        String encoded = Base32.encode(secret);
        return new TotpEnrolment(encoded, otpauthUri(config.totpIssuer(), user.username(), encoded));
    }

    public void remove(String userId, String actor) {
        existing(userId);
        if (!secrets.delete(userId)) {
            throw StsException.notFound("This user has no TOTP enrolment");
        }
        audit.success(actor, "user.totp.remove", userId, null, null);
    }

    /** The associated data the secret is sealed with, so a sealed secret copied to another user does not open. */
    static String sealContext(String userId) {
        return "totp:" + userId;
    }

    /** The Key URI Format authenticator apps scan: otpauth://totp/Issuer:account?secret=...&issuer=... */
    static String otpauthUri(String issuer, String username, String base32Secret) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(username) + "?secret=" + base32Secret
                + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private UserAccount existing(String id) {
        return (id == null || id.length() > 36 ? java.util.Optional.<UserAccount>empty() : users.find(id))
                .orElseThrow(() -> StsException.notFound("No user with this id"));
    }
}

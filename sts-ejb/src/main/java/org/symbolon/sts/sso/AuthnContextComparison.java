package org.symbolon.sts.sso;

import java.util.List;
import java.util.Map;
import org.symbolon.sts.authn.login.AuthnContexts;
import org.symbolon.sts.token.saml.IncomingAuthnRequest.RequestedContext;

/**
 * Whether the class of the authentication we performed satisfies a RequestedAuthnContext (SAML core
 * 3.3.2.2.1), by a small strength order: unspecified < Password < PasswordProtectedTransport < the
 * stronger classes we do not offer. A class outside the order matches only exactly; declarations never.
 */
final class AuthnContextComparison {

    static final String CLASSES = "urn:oasis:names:tc:SAML:2.0:ac:classes:";
    private static final int STRONGER = 3;
    private static final Map<String, Integer> STRENGTH = Map.ofEntries(
            Map.entry(CLASSES + "unspecified", 0),
            Map.entry(CLASSES + "Password", 1),
            Map.entry(CLASSES + "PasswordProtectedTransport", 2),
            Map.entry(CLASSES + "MobileOneFactorContract", STRONGER),
            Map.entry(CLASSES + "MobileTwoFactorContract", STRONGER),
            Map.entry(CLASSES + "X509", STRONGER),
            Map.entry(CLASSES + "TimeSyncToken", STRONGER),
            Map.entry(CLASSES + "Smartcard", STRONGER),
            Map.entry(CLASSES + "SmartcardPKI", STRONGER),
            Map.entry(CLASSES + "SoftwarePKI", STRONGER),
            Map.entry(CLASSES + "Kerberos", STRONGER),
            Map.entry(CLASSES + "TLSClient", STRONGER));

    private AuthnContextComparison() {
    }

    /** True when nothing is requested, or when {@code performed} satisfies one of the requested classes. */
    static boolean satisfies(String performed, RequestedContext requested) {
        if (requested == null) {
            return true;
        }
        if (requested.declRefs() || requested.classRefs().isEmpty()) {
            return false;
        }
        List<String> refs = requested.classRefs();
        Integer ours = STRENGTH.get(performed);
        return switch (requested.comparison()) {
            case "minimum" -> ours != null && refs.stream().map(STRENGTH::get).anyMatch(r -> r != null && ours >= r);
            case "better" -> ours != null && refs.stream().map(STRENGTH::get).anyMatch(r -> r != null && ours > r);
            case "maximum" -> ours != null && refs.stream().map(STRENGTH::get).anyMatch(r -> r != null && ours <= r);
            default -> refs.contains(performed);
        };
    }

    /**
     * True when some login here can satisfy the request: a password, or a password and a TOTP code.
     * Whether this user's login does is decided once the session exists.
     */
    static boolean reachable(RequestedContext requested) {
        return satisfies(AuthnContexts.PASSWORD, requested) || satisfies(AuthnContexts.TIME_SYNC_TOKEN, requested);
    }

    /** Why a request is refused, for the StatusMessage and the audit trail. */
    static String refusal(String performed, RequestedContext requested) {
        if (requested.declRefs()) {
            return "Authentication context declarations are not supported; request a class instead";
        }
        String asked = requested.comparison() + " " + String.join(", ", requested.classRefs());
        return "The authentication context asked for (" + (asked.length() > 300 ? asked.substring(0, 300) + "..." : asked)
                + ") cannot be met: Symbolon authenticates by " + performed;
    }
}

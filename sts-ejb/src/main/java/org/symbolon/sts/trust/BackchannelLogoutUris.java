package org.symbolon.sts.trust;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.symbolon.sts.error.StsException;

/**
 * A client's back-channel logout URI (OIDC Back-Channel Logout 1.0 section 2.2): the server itself
 * POSTs to it, so only an absolute https URL without fragment, or plain http to this machine for development.
 */
final class BackchannelLogoutUris {

    private static final String FIELD = "backchannelLogoutUri";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private BackchannelLogoutUris() {
    }

    /** The URI as registered, or null when none is given. */
    static String check(String uri) {
        if (uri == null) {
            return null;
        }
        if (uri.length() > 2048 || uri.contains("#")) {
            throw refused();
        }
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            String host = parsed.getHost();
            if (!parsed.isAbsolute() || host == null || parsed.getRawUserInfo() != null) {
                throw refused();
            }
            boolean loopback = LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
            if (!"https".equals(scheme) && !("http".equals(scheme) && loopback)) {
                throw refused();
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused();
        }
    }

    private static StsException refused() {
        return StsException.invalidField(FIELD,
                "backchannelLogoutUri must be an absolute https URL without fragment (http only on localhost)");
    }
}

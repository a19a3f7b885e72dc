package org.symbolon.sts.rest.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.symbolon.sts.config.SessionConfig;
import org.symbolon.sts.session.SessionSecrets;

/**
 * Login CSRF defence by double submission: the form carries the value of a SameSite=Strict cookie
 * that only our pages can set ({@code __Host-}), so another site cannot sign a browser in to an
 * account of its choosing.
 */
@ApplicationScoped
public class LoginCsrf {

    @Inject
    SessionConfig config;

    public String cookieName() {
        return config.secureCookie() ? "__Host-symbolon-login" : "symbolon-login";
    }

    /** The browser's token, or null when it has none yet. */
    public String current(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(cookieName());
        return cookie != null && SessionSecrets.wellFormed(cookie.getValue()) ? cookie.getValue() : null;
    }

    public NewCookie cookie(String token) {
        return new NewCookie.Builder(cookieName()).value(token).path("/").httpOnly(true)
                .secure(config.secureCookie()).sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** True when the posted form carries the browser's own token. */
    public boolean matches(HttpHeaders headers, String posted) {
        String expected = current(headers);
        return expected != null && posted != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), posted.getBytes(StandardCharsets.US_ASCII));
    }
}

package org.symbolon.sts.rest.login;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;
import java.util.logging.Logger;
import org.symbolon.sts.config.SessionConfig;

/**
 * The browser's reference to its SSO session: {@code __Host-symbolon-sso}, Secure, HttpOnly,
 * SameSite=Lax (sent on top-level navigations from applications, so SSO works; not on cross-site
 * subrequests), no Max-Age (the server decides when the session ends). With
 * {@code sts.session.secure-cookie=false} it is {@code symbolon-sso} without Secure, for plain-HTTP development.
 */
@ApplicationScoped
public class SessionCookie {

    private static final Logger LOG = Logger.getLogger(SessionCookie.class.getName());

    @Inject
    SessionConfig config;

    private String name;
    private boolean secure;

    @PostConstruct
    void init() {
        secure = config.secureCookie();
        name = secure ? "__Host-symbolon-sso" : "symbolon-sso";
        if (!secure) {
            LOG.warning("sts.session.secure-cookie=false: the SSO session cookie is sent over plain HTTP;"
                    + " use this only for local development and tests");
        }
    }

    public Optional<String> read(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(name);
        return cookie == null ? Optional.empty() : Optional.ofNullable(cookie.getValue());
    }

    public NewCookie issue(String value) {
        return builder(value).build();
    }

    public NewCookie clear() {
        return builder("").maxAge(0).build();
    }

    private NewCookie.AbstractNewCookieBuilder<NewCookie.Builder> builder(String value) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX);
    }
}

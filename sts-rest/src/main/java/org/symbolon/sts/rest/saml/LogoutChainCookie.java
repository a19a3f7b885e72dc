package org.symbolon.sts.rest.saml;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;
import org.symbolon.sts.config.SessionConfig;

/**
 * The ticket of the logout chain the browser is in ({@code __Host-symbolon-slo}, Secure, HttpOnly, SameSite=Lax),
 * so that a user whom an SP never sends back can continue signing out; cleared when the chain ends. Without
 * {@code sts.session.secure-cookie} it is {@code symbolon-slo} without Secure, like the session cookie.
 */
@ApplicationScoped
public class LogoutChainCookie {

    @Inject
    SessionConfig config;

    private String name;
    private boolean secure;

    @PostConstruct
    void init() {
        secure = config.secureCookie();
        name = secure ? "__Host-symbolon-slo" : "symbolon-slo";
    }

    public Optional<String> read(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(name);
        return cookie == null ? Optional.empty() : Optional.ofNullable(cookie.getValue()).filter(v -> !v.isEmpty());
    }

    public NewCookie issue(String ticket) {
        return builder(ticket).build();
    }

    public NewCookie clear() {
        return builder("").maxAge(0).build();
    }

    private NewCookie.AbstractNewCookieBuilder<NewCookie.Builder> builder(String value) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX);
    }
}

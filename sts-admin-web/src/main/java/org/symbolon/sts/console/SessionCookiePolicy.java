package org.symbolon.sts.console;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The console's session cookie: its own name, HttpOnly, SameSite=Strict, and Secure unless
 * {@code sts.console.secure-cookie=false}.
 * <p>
 * Why a setting and not "Secure when the request is HTTPS": the Servlet API fixes the cookie's
 * attributes once per application, and Liberty (unlike Tomcat) does not add Secure per request.
 * So Secure is the default. Chromium treats http://localhost as secure and keeps and sends the
 * cookie there anyway; HTTP clients that are not browsers (java.net.http's CookieManager) do not,
 * so tests with such clients over plain HTTP set the property to false.
 */
public class SessionCookiePolicy implements ServletContextListener {

    static final String SECURE_PROPERTY = "sts.console.secure-cookie";
    private static final Logger LOG = Logger.getLogger(SessionCookiePolicy.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue(SECURE_PROPERTY, Boolean.class).orElse(true);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName(cookieName(secure));
        // Path=/ is what the __Host- prefix demands; the name alone keeps it apart from other cookies
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Strict");
        if (!secure) {
            LOG.warning(SECURE_PROPERTY + "=false: the console session cookie is sent over plain HTTP;"
                    + " use this only for local development and tests");
        }
    }

    /** __Host- makes browsers refuse the cookie unless it is Secure, host-only and for Path=/. */
    static String cookieName(boolean secure) {
        return secure ? "__Host-sts-console" : "sts-console";
    }
}

package org.symbolon.sts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInRequiredFilterTest {

    private final SignInRequiredFilter filter = new SignInRequiredFilter();
    private String redirectedTo;
    private boolean passedOn;

    @Test
    void anonymousRequestForClientsIsSentToSignIn() throws Exception {
        run(request("/clients.xhtml", null, null));

        assertEquals("/admin/login.xhtml", redirectedTo);
        assertFalse(passedOn);
    }

    @Test
    void anonymousRequestForTheWelcomeAddressIsSentToSignIn() throws Exception {
        run(request("/", null, session(Map.of())));

        assertEquals("/admin/login.xhtml", redirectedTo);
    }

    @Test
    void anonymousRequestForSignInPassesOn() throws Exception {
        run(request("/login.xhtml", null, null));

        assertTrue(passedOn);
        assertNull(redirectedTo);
    }

    @Test
    void pathInfoCountsAsPartOfThePath() throws Exception {
        run(request("/login.xhtml", "/../clients.xhtml", null));

        assertEquals("/admin/login.xhtml", redirectedTo);
    }

    @Test
    void signedInRequestPassesOn() throws Exception {
        run(request("/clients.xhtml", null, session(Map.of(ConsoleSession.ADMIN_ATTRIBUTE, "admin"))));

        assertTrue(passedOn);
        assertNull(redirectedTo);
    }

    private void run(HttpServletRequest request) throws Exception {
        filter.doFilter(request, response(), (req, res) -> passedOn = true);
    }

    private static HttpServletRequest request(String servletPath, String pathInfo, HttpSession session) {
        Map<String, Object> values = new HashMap<>();
        values.put("getServletPath", servletPath);
        values.put("getPathInfo", pathInfo);
        values.put("getContextPath", "/admin");
        values.put("getSession", session);
        return fake(HttpServletRequest.class, values);
    }

    private static HttpSession session(Map<String, Object> attributes) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> method.getName()
                        .equals("getAttribute") ? attributes.get((String) args[0]) : null);
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendRedirect")) {
                        redirectedTo = (String) args[0];
                    }
                    return null;
                });
    }

    private static <T> T fake(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> values.get(method.getName())));
    }
}

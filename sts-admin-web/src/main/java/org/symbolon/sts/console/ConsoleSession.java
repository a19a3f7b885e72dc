package org.symbolon.sts.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The one fact the console keeps about a signed-in administrator: the username, in the session. */
final class ConsoleSession {

    static final String ADMIN_ATTRIBUTE = "org.symbolon.sts.console.admin";

    private ConsoleSession() {
    }

    static Optional<String> signedInAdmin(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(ADMIN_ATTRIBUTE)).map(String.class::cast);
    }

    static void signIn(HttpServletRequest request, String username) {
        // the sign-in view already created a session; this only makes sure of it
        request.getSession(true);
        // a new id at sign-in, so an id planted before sign-in is worth nothing after it (session fixation)
        request.changeSessionId();
        request.getSession(false).setAttribute(ADMIN_ATTRIBUTE, username);
    }
}

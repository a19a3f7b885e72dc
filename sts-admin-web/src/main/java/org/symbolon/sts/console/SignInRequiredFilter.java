package org.symbolon.sts.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/** Sends every anonymous request for anything but the sign-in page and stylesheets to the sign-in page. */
public class SignInRequiredFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        boolean signedIn = ConsoleSession.signedInAdmin(request.getSession(false)).isPresent();
        if (ConsoleAccessPolicy.mustSignInFirst(path, signedIn)) {
            // a GET after the redirect, whatever the method was: a stale form is never replayed
            response.sendRedirect(request.getContextPath() + ConsoleAccessPolicy.SIGN_IN_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}

package org.symbolon.sts.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/** Adds {@link SecurityHeaders} before anything else writes the response, redirects included. */
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        SecurityHeaders.forPath(path).forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}

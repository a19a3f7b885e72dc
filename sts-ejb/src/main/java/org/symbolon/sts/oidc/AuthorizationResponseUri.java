package org.symbolon.sts.oidc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A redirect URI with response parameters added to its query (response_mode query), keeping its own. */
public final class AuthorizationResponseUri {

    private final StringBuilder uri;
    private boolean hasQuery;

    private AuthorizationResponseUri(String redirectUri) {
        this.uri = new StringBuilder(redirectUri);
        this.hasQuery = redirectUri.indexOf('?') >= 0;
    }

    public static AuthorizationResponseUri of(String redirectUri) {
        return new AuthorizationResponseUri(redirectUri);
    }

    /** Adds the parameter unless its value is null. */
    public AuthorizationResponseUri add(String name, String value) {
        if (value == null) {
            return this;
        }
        char last = uri.charAt(uri.length() - 1);
        if (!hasQuery) {
            uri.append('?');
            hasQuery = true;
        } else if (last != '?' && last != '&') {
            uri.append('&');
        }
        uri.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        return this;
    }

    public String build() {
        return uri.toString();
    }
}

package org.symbolon.sts.token;

import java.util.Set;

/** A freshly signed token and what the token response says about it. */
public record IssuedToken(String value, String jti, long expiresIn, Set<String> scopes) {
}

package org.symbolon.sts.session;

/** A new session and the cookie value that refers to it; the value is stored only as a hash. */
public record StartedSession(SsoSession session, String cookieValue) {
}

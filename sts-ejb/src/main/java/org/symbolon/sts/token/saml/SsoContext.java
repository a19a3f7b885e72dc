package org.symbolon.sts.token.saml;

import java.time.Instant;

/**
 * What ties an assertion to a Web SSO exchange (SAML 2.0 profiles, section 4.1.4.2).
 *
 * @param inResponseTo the AuthnRequest's ID, or null for IdP-initiated SSO
 * @param sessionIndex the SSO session's index at this SP, for Single Logout
 * @param sessionNotOnOrAfter when the SSO session ends at the latest
 */
public record SsoContext(String inResponseTo, String sessionIndex, Instant sessionNotOnOrAfter) {
}

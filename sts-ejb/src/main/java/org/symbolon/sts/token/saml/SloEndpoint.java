package org.symbolon.sts.token.saml;

/**
 * A SingleLogoutService of a service provider's metadata.
 *
 * @param responseLocation where logout responses go when not to {@code location}, or null
 */
public record SloEndpoint(String binding, String location, String responseLocation) {
}

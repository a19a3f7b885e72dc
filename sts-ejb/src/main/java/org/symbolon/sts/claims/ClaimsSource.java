package org.symbolon.sts.claims;

/**
 * Where the claims came from, for rule conditions.
 *
 * @param issuerId the partner issuer id (or "symbolon" for our own tokens); null when unknown
 * @param issuer   the token's {@code iss}; null when unknown
 */
public record ClaimsSource(String issuerId, String issuer) {
}

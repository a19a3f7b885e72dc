package org.symbolon.sts.exchange;

/**
 * What an administrator asks the claims preview: either {@code claimsJson} (a JSON object) or a
 * partner {@code token}, and optionally whose rules to run.
 *
 * @param tokenType the token's declared type as at the exchange; the generic jwt type when null
 */
public record ClaimsPreviewRequest(String issuerId, String clientId, String claimsJson, String token,
        String tokenType) {
}

package org.symbolon.sts.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated subject or actor token. {@code subject} is namespaced by its issuer for partner
 * tokens ({@code issuerId:sub}); {@code chain} lists the ids of our own tokens it descends from,
 * itself included, so revoking any of them revokes what was exchanged from it.
 *
 * @param issuerId  the partner issuer id, or {@link #SELF} for Symbolon's own tokens
 * @param issuer    the token's {@code iss}
 * @param rawSubject the token's own {@code sub}, as its issuer wrote it
 * @param clientId  the client our own token was issued to (null for partner tokens)
 * @param scopes    the token's scopes; null when a partner token carries none (policy then bounds them)
 * @param claims    all claims of the token, as validated
 */
public record SubjectToken(
        String issuerId,
        String issuer,
        String subject,
        String rawSubject,
        String clientId,
        List<String> audience,
        Set<String> scopes,
        long expiresAtMillis,
        List<String> chain,
        Map<String, Object> act,
        Map<String, Object> mayAct,
        Map<String, Object> claims) {

    public static final String SELF = "symbolon";

    public boolean isOurs() {
        return SELF.equals(issuerId);
    }
}

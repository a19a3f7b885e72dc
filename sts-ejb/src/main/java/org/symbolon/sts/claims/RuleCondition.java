package org.symbolon.sts.claims;

import java.util.Map;

/**
 * When a rule applies: every part that is given must hold. {@code issuer} matches the partner's
 * issuer id or the token's {@code iss}; {@code equals} holds when the claim is, or contains, the value.
 */
public record RuleCondition(String issuer, String present, String equalsClaim, String equalsValue) {

    public static final RuleCondition ALWAYS = new RuleCondition(null, null, null, null);

    public boolean holds(ClaimsSource source, Map<String, Object> claims) {
        if (issuer != null && !issuer.equals(source.issuerId()) && !issuer.equals(source.issuer())) {
            return false;
        }
        if (present != null && claims.get(present) == null) {
            return false;
        }
        return equalsClaim == null || ClaimValues.strings(claims.get(equalsClaim)).contains(equalsValue);
    }
}

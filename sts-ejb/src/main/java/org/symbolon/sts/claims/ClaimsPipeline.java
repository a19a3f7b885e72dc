package org.symbolon.sts.claims;

import java.util.Map;

/**
 * The order rules run in at the token exchange and in the preview: the partner's incoming rules
 * on the validated token's claims, then the receiving client's outgoing rules on the result.
 */
public final class ClaimsPipeline {

    private ClaimsPipeline() {
    }

    public static ClaimsResult run(ClaimsSource source, Map<String, Object> claims, ClaimsRuleSet incoming,
            ClaimsRuleSet outgoing) {
        return outgoing.apply(source, incoming.apply(source, ClaimsResult.input(claims)));
    }
}

package org.symbolon.sts.claims;

import java.util.Map;
import java.util.Set;

/** Removes a claim. */
record DropRule(String claim) implements ClaimsRule {

    @Override
    public String kind() {
        return "drop";
    }

    @Override
    public Set<String> apply(Map<String, Object> claims) {
        claims.remove(claim);
        return Set.of();
    }
}

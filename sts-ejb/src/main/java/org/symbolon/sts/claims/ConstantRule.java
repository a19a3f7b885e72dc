package org.symbolon.sts.claims;

import java.util.Map;
import java.util.Set;

/** Sets a claim to a fixed string, number, boolean or list of those. */
record ConstantRule(String claim, Object value) implements ClaimsRule {

    @Override
    public String kind() {
        return "constant";
    }

    @Override
    public Set<String> apply(Map<String, Object> claims) {
        claims.put(claim, value);
        return Set.of(claim);
    }
}

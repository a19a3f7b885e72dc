package org.symbolon.sts.claims;

import java.util.Map;
import java.util.Set;

/** Copies a claim to another name and keeps the original. */
record CopyRule(String claim, String target) implements ClaimsRule {

    @Override
    public String kind() {
        return "copy";
    }

    @Override
    public Set<String> apply(Map<String, Object> claims) {
        Object value = claims.get(claim);
        if (value == null) {
            return Set.of();
        }
        claims.put(target, value);
        return Set.of(target);
    }
}

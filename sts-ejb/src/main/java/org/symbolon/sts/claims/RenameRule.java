package org.symbolon.sts.claims;

import java.util.Map;
import java.util.Set;

/** Moves a claim to another name. */
record RenameRule(String claim, String target) implements ClaimsRule {

    @Override
    public String kind() {
        return "rename";
    }

    @Override
    public Set<String> apply(Map<String, Object> claims) {
        Object value = claims.remove(claim);
        if (value == null) {
            return Set.of();
        }
        claims.put(target, value);
        return Set.of(target);
    }
}

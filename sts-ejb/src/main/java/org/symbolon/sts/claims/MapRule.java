package org.symbolon.sts.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps each value of a claim through a table (group to role). A value not in the table becomes
 * {@code fallback} when one is given, stays as it is with {@code keepUnmapped}, and is dropped otherwise.
 */
record MapRule(String claim, String target, Map<String, String> values, String fallback, boolean keepUnmapped)
        implements ClaimsRule {

    @Override
    public String kind() {
        return "map";
    }

    @Override
    public Set<String> apply(Map<String, Object> claims) {
        Object value = claims.get(claim);
        if (value == null) {
            return Set.of();
        }
        Set<String> mapped = new LinkedHashSet<>();
        for (String v : ClaimValues.strings(value)) {
            String to = values.get(v);
            if (to != null) {
                mapped.add(to);
            } else if (fallback != null) {
                mapped.add(fallback);
            } else if (keepUnmapped) {
                mapped.add(v);
            }
        }
        Object result = ClaimValues.shaped(List.copyOf(mapped), value instanceof List<?>);
        if (result == null) {
            claims.remove(target);
            return Set.of();
        }
        claims.put(target, result);
        return Set.of(target);
    }
}

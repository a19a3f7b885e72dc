package org.symbolon.sts.claims;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Claims after rules, with which rule produced each ("input" for claims no rule touched).
 * Both maps are in claim order and unmodifiable.
 */
public record ClaimsResult(Map<String, Object> claims, Map<String, String> producedBy) {

    public static final String INPUT = "input";

    public ClaimsResult {
        claims = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(claims));
        producedBy = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(producedBy));
    }

    /**
     * The claims some rule produced, protected ones excepted: what an issued JWT carries. Claims that
     * merely passed through stay out, so nothing of a partner's token reaches ours unless a rule says so.
     */
    public Map<String, Object> produced() {
        Map<String, Object> produced = new LinkedHashMap<>();
        claims.forEach((name, value) -> {
            if (!INPUT.equals(producedBy.get(name)) && !ProtectedClaims.contains(name)) {
                produced.put(name, value);
            }
        });
        return produced;
    }

    public static ClaimsResult input(Map<String, Object> claims) {
        Map<String, String> producedBy = new LinkedHashMap<>();
        claims.keySet().forEach(name -> producedBy.put(name, INPUT));
        return new ClaimsResult(claims, producedBy);
    }
}

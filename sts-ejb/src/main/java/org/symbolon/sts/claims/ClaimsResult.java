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

    public static ClaimsResult input(Map<String, Object> claims) {
        Map<String, String> producedBy = new LinkedHashMap<>();
        claims.keySet().forEach(name -> producedBy.put(name, INPUT));
        return new ClaimsResult(claims, producedBy);
    }
}

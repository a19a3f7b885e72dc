package org.symbolon.sts.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of rules, applied one after another. Protected claims pass through untouched
 * whatever the rules say; the parser refuses such rules already, this is the second line.
 *
 * @param json the rules as stored and shown to administrators (a JSON array)
 */
public record ClaimsRuleSet(List<OrderedRule> rules, String json) {

    public static final ClaimsRuleSet EMPTY = new ClaimsRuleSet(List.of(), "[]");

    public ClaimsRuleSet {
        rules = List.copyOf(rules);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    public ClaimsResult apply(ClaimsSource source, ClaimsResult input) {
        Map<String, Object> claims = new LinkedHashMap<>(input.claims());
        Map<String, String> producedBy = new LinkedHashMap<>(input.producedBy());
        for (OrderedRule ordered : rules) {
            if (!ordered.when().holds(source, claims)) {
                continue;
            }
            Map<String, Object> working = new LinkedHashMap<>(claims);
            for (String written : ordered.rule().apply(working)) {
                if (!ProtectedClaims.contains(written)) {
                    claims.put(written, working.get(written));
                    producedBy.put(written, ordered.label());
                }
            }
            for (String name : List.copyOf(claims.keySet())) {
                if (!working.containsKey(name) && !ProtectedClaims.contains(name)) {
                    claims.remove(name);
                    producedBy.remove(name);
                }
            }
        }
        return new ClaimsResult(claims, producedBy);
    }
}

package org.symbolon.sts.claims;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.symbolon.sts.error.StsException;

/**
 * Reads and validates a rule list from JSON. Every refusal names the offending field, e.g.
 * {@code outgoingRules[2].pattern}, so an administrator can fix exactly that.
 */
public final class ClaimsRuleParser {

    public static final int MAX_RULES = 100;
    private static final Set<String> KINDS = Set.of("copy", "rename", "constant", "regex", "map", "drop");

    private ClaimsRuleParser() {
    }

    /**
     * @param rules  the JSON array, or null/JSON null for no rules
     * @param field  the field name in the admin API ({@code incomingRules})
     * @param prefix how labels name this list ({@code incoming})
     */
    public static ClaimsRuleSet parse(JsonValue rules, String field, String prefix) {
        if (rules == null || rules.getValueType() == JsonValue.ValueType.NULL) {
            return ClaimsRuleSet.EMPTY;
        }
        if (!(rules instanceof JsonArray array)) {
            throw StsException.invalidField(field, "must be an array of rules");
        }
        if (array.size() > MAX_RULES) {
            throw StsException.invalidField(field, "at most " + MAX_RULES + " rules are allowed");
        }
        List<OrderedRule> parsed = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            RuleFields f = new RuleFields(array.get(i), field + "[" + i + "]");
            ClaimsRule rule = rule(f);
            parsed.add(new OrderedRule(rule, f.condition(), prefix + " rule #" + (i + 1) + " (" + rule.kind() + ")"));
        }
        return new ClaimsRuleSet(parsed, array.toString());
    }

    /** Parses rules from JSON text (an admin request or the database); null or blank means none. */
    public static ClaimsRuleSet fromText(String json, String field, String prefix) {
        if (json == null || json.isBlank()) {
            return ClaimsRuleSet.EMPTY;
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return parse(reader.readValue(), field, prefix);
        }
    }

    private static ClaimsRule rule(RuleFields f) {
        String kind = f.requiredString("kind");
        if (!KINDS.contains(kind)) {
            throw f.refused("kind", "unknown rule kind '" + kind + "' (known: copy, rename, constant, regex, map, drop)");
        }
        return switch (kind) {
            case "copy" -> new CopyRule(f.claim(), f.writable("target"));
            case "rename" -> new RenameRule(f.writable("claim"), f.writable("target"));
            case "constant" -> new ConstantRule(f.writable("claim"), f.constantValue());
            case "regex" -> regex(f);
            case "map" -> map(f);
            default -> new DropRule(f.writable("claim"));
        };
    }

    private static ClaimsRule regex(RuleFields f) {
        String claim = f.claim();
        String target = f.optionalWritable("target", claim);
        if (target.equals(claim)) {
            f.writable("claim");
        }
        Pattern pattern = RegexPatterns.compile(f, "pattern");
        return new RegexRule(claim, target, pattern, RegexPatterns.replacement(f, "replacement", pattern));
    }

    private static ClaimsRule map(RuleFields f) {
        String claim = f.claim();
        String target = f.optionalWritable("target", claim);
        if (target.equals(claim)) {
            f.writable("claim");
        }
        return new MapRule(claim, target, f.stringMap("values"), f.optionalString("default"),
                f.optionalBoolean("keepUnmapped"));
    }
}

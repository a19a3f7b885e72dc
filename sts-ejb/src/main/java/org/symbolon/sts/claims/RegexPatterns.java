package org.symbolon.sts.claims;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles rule patterns, refusing long ones and the nested quantifiers that backtrack exponentially. */
final class RegexPatterns {

    static final int MAX_LENGTH = 512;
    /** A group holding a quantifier, itself quantified: (a+)+, (x*y)*, (a|b+){2,}: the classic ReDoS shape. */
    private static final Pattern NESTED_QUANTIFIER =
            Pattern.compile("\\((?:[^()\\\\]|\\\\.)*(?:[+*]|\\{\\d+,\\d*\\})(?:[^()\\\\]|\\\\.)*\\)(?:[+*]|\\{\\d+,\\d*\\})");

    private RegexPatterns() {
    }

    static Pattern compile(RuleFields f, String name) {
        String pattern = f.requiredString(name);
        if (pattern.length() > MAX_LENGTH) {
            throw f.refused(name, "a pattern may have at most " + MAX_LENGTH + " characters");
        }
        if (NESTED_QUANTIFIER.matcher(pattern).find()) {
            throw f.refused(name, "nested quantifiers such as (a+)+ can take exponential time; rewrite the pattern");
        }
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw f.refused(name, "invalid regular expression: " + e.getDescription());
        }
    }
}

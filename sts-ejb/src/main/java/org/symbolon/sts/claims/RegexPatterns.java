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

    /**
     * A replacement whose group references ({@code $1}, {@code ${name}}) exist in the pattern, checked
     * now because a bad one would otherwise fail only when a token arrives.
     */
    static String replacement(RuleFields f, String name, Pattern pattern) {
        String replacement = f.requiredStringAllowEmpty(name);
        if (replacement.length() > MAX_LENGTH) {
            throw f.refused(name, "a replacement may have at most " + MAX_LENGTH + " characters");
        }
        try {
            for (int i = 0; i < replacement.length(); i++) {
                char c = replacement.charAt(i);
                if (c == '\\') {
                    i++;
                    if (i >= replacement.length()) {
                        throw new IllegalArgumentException("character to be escaped is missing");
                    }
                } else if (c == '$') {
                    checkGroup(replacement, i, pattern);
                }
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw f.refused(name, "invalid replacement: " + e.getMessage());
        }
        return replacement;
    }

    private static void checkGroup(String replacement, int dollar, Pattern pattern) {
        if (dollar + 1 >= replacement.length()) {
            throw new IllegalArgumentException("a '$' must be followed by a group number or ${name}");
        }
        char next = replacement.charAt(dollar + 1);
        if (next == '{') {
            int end = replacement.indexOf('}', dollar);
            if (end < 0 || !pattern.pattern().contains("(?<" + replacement.substring(dollar + 2, end) + ">")) {
                throw new IllegalArgumentException("no such named group in the pattern");
            }
        } else if (!Character.isDigit(next) || next - '0' > pattern.matcher("").groupCount()) {
            throw new IllegalArgumentException("no group " + next + " in the pattern");
        }
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

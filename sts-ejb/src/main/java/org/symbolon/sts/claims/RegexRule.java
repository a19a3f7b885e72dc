package org.symbolon.sts.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.symbolon.sts.error.StsException;

/**
 * Regular-expression replace on each string value of a claim, written to {@code target}. Values
 * longer than {@link #MAX_VALUE_LENGTH} are left out, and matching runs on a step budget, so a
 * hostile token cannot make a rule run for long.
 */
record RegexRule(String claim, String target, Pattern pattern, String replacement) implements ClaimsRule {

    static final int MAX_VALUE_LENGTH = 4096;
    /** Character reads allowed per value: generous for linear patterns, fatal for backtracking blow-ups. */
    static final long STEP_BUDGET = 200_000;

    @Override
    public String kind() {
        return "regex";
    }

    @Override
    public Set<String> apply(Map<String, Object> claims) {
        Object value = claims.get(claim);
        if (value == null) {
            return Set.of();
        }
        List<String> replaced = new ArrayList<>();
        for (String v : ClaimValues.strings(value)) {
            if (v.length() <= MAX_VALUE_LENGTH) {
                replaced.add(replace(v));
            }
        }
        Object result = ClaimValues.shaped(replaced, value instanceof List<?>);
        if (result == null) {
            claims.remove(target);
            return Set.of();
        }
        claims.put(target, result);
        return Set.of(target);
    }

    private String replace(String value) {
        try {
            return pattern.matcher(new BudgetedChars(value, STEP_BUDGET)).replaceAll(replacement);
        } catch (BudgetedChars.Exhausted e) {
            // Fail closed: passing the value on untransformed could hand out what the rule meant to strip.
            throw StsException.invalidRequest("A regex claims rule on '" + claim + "' exceeded its evaluation budget");
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // The parser checks replacements; this keeps a case it missed a refusal rather than a 500.
            throw StsException.invalidRequest("A regex claims rule on '" + claim + "' could not be applied");
        }
    }

    /** A string whose reads are counted; the regex engine reads through charAt, so this bounds its work. */
    private static final class BudgetedChars implements CharSequence {

        private final String value;
        private final long[] steps;
        private final long budget;

        BudgetedChars(String value, long budget) {
            this(value, new long[1], budget);
        }

        private BudgetedChars(String value, long[] steps, long budget) {
            this.value = value;
            this.steps = steps;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (++steps[0] > budget) {
                throw new Exhausted();
            }
            return value.charAt(index);
        }

        @Override
        public int length() {
            return value.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BudgetedChars(value.substring(start, end), steps, budget);
        }

        @Override
        public String toString() {
            return value;
        }

        static final class Exhausted extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Exhausted() {
                super(null, null, false, false);
            }
        }
    }
}

package org.symbolon.sts.claims;

/** A rule at its place in a list, with its condition; {@code label} names it in previews and errors. */
record OrderedRule(ClaimsRule rule, RuleCondition when, String label) {
}

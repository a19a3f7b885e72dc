package org.symbolon.sts.users;

/** The answer to one password login. */
public sealed interface LoginOutcome {

    record Authenticated(LocalUser user, java.time.Instant at) implements LoginOutcome {
    }

    /** Generic refusal: never says whether the user exists, is disabled, or is locked. */
    record Refused(java.time.Duration retryAfter) implements LoginOutcome {
    }
}

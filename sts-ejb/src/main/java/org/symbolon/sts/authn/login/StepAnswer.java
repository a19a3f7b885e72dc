package org.symbolon.sts.authn.login;

/** The outcome of one answer to a step. */
public sealed interface StepAnswer {

    record Passed() implements StepAnswer {
    }

    /** Shown on the step's page again; generic wherever a detail would help a guesser. */
    record Refused(String message) implements StepAnswer {
    }

    static StepAnswer passed() {
        return new Passed();
    }

    static StepAnswer refused(String message) {
        return new Refused(message);
    }
}

package org.symbolon.sts.authn.login;

import java.util.Map;
import org.symbolon.sts.users.LocalUser;

/**
 * A step of signing in after the password, such as a one-time code or choosing a new password. Steps
 * are CDI beans; the chain asks each, in {@link #order()}, whether it applies to the user.
 */
public interface LoginStep {

    /** Stable and URL-safe: the step's form posts to {@code /login/{id}}. */
    String id();

    /** Where the step runs among the others, lowest first. */
    int order();

    /** The RFC 8176 {@code amr} value passing this step adds, or null when it proves nothing more. */
    String amr();

    boolean requiredFor(LocalUser user);

    /** What the step's page shows and asks for. */
    StepPrompt prompt();

    /** Checks the answer, given as the values of the prompt's fields by name. */
    StepAnswer check(LocalUser user, Map<String, String> answers, String clientAddress);
}

package org.symbolon.sts.authn.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.users.LocalUser;
import org.symbolon.sts.users.UserAdminService;
import org.symbolon.sts.users.UserDirectory;

/**
 * Choosing a new password when an administrator set a temporary one. It runs after every step that
 * proves who the user is, since the temporary password was known to someone else.
 */
@ApplicationScoped
public class NewPasswordStep implements LoginStep {

    private static final StepPrompt PROMPT = new StepPrompt("Choose a new password",
            "Your password was set by an administrator. Choose your own to continue.",
            List.of(new StepPrompt.StepField("password", "New password", "password", "new-password", null, 1024),
                    new StepPrompt.StepField("confirm", "Repeat the new password", "password", "new-password", null,
                            1024)),
            "Save and continue");

    @Inject
    UserDirectory users;

    @Inject
    UserAdminService accounts;

    @Override
    public String id() {
        return "password";
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public String amr() {
        return null;
    }

    @Override
    public boolean requiredFor(LocalUser user) {
        return users.passwordChangeRequired(user.id());
    }

    @Override
    public StepPrompt prompt() {
        return PROMPT;
    }

    @Override
    public StepAnswer check(LocalUser user, Map<String, String> answers, String clientAddress) {
        String password = answers.get("password");
        if (password == null || !password.equals(answers.get("confirm"))) {
            return StepAnswer.refused("The two passwords are not the same.");
        }
        try {
            accounts.setPassword(user.id(), password, false, "self");
            return StepAnswer.passed();
        } catch (StsException e) {
            return StepAnswer.refused(e.getMessage());
        }
    }
}

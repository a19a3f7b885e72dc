package org.symbolon.sts.authn.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.symbolon.sts.users.LocalUser;
import org.symbolon.sts.users.TotpLogin;

/** The six-digit code from an authenticator app, for users enrolled for TOTP. */
@ApplicationScoped
public class TotpStep implements LoginStep {

    /** One message for a wrong, replayed or throttled code, so none tells a guesser more. */
    public static final String REFUSED = "The code is not correct, or this account cannot sign in right now."
            + " Wait for the next code and try again.";

    private static final StepPrompt PROMPT = new StepPrompt("Enter your code",
            "Open your authenticator app and enter the 6-digit code it shows for this account.",
            List.of(new StepPrompt.StepField("otp", "Code", "text", "one-time-code", "numeric", 6)), "Verify");

    @Inject
    TotpLogin totp;

    @Override
    public String id() {
        return "otp";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String amr() {
        return "otp";
    }

    @Override
    public boolean requiredFor(LocalUser user) {
        return totp.enrolled(user.id());
    }

    @Override
    public StepPrompt prompt() {
        return PROMPT;
    }

    @Override
    public StepAnswer check(LocalUser user, Map<String, String> answers, String clientAddress) {
        String code = answers.getOrDefault("otp", "").replace(" ", "");
        return totp.verify(user, code, clientAddress) ? StepAnswer.passed() : StepAnswer.refused(REFUSED);
    }
}

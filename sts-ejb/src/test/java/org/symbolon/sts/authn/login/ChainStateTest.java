package org.symbolon.sts.authn.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.users.LocalUser;

class ChainStateTest {

    private static LoginStep step(String id, String amr) {
        return new LoginStep() {
            public String id() {
                return id;
            }

            public int order() {
                return 0;
            }

            public String amr() {
                return amr;
            }

            public boolean requiredFor(LocalUser user) {
                return true;
            }

            public StepPrompt prompt() {
                return new StepPrompt(id, id, List.of(), "Go");
            }

            public StepAnswer check(LocalUser user, Map<String, String> answers, String clientAddress) {
                return StepAnswer.passed();
            }
        };
    }

    @Test
    void passingStepsRecordsThemAndAddsTheirAmrOnce() {
        ChainState state = ChainState.afterPassword("u1", "t1").passed(step("otp", "otp"))
                .passed(step("password", null));
        assertEquals(List.of("pwd", "otp", "password"), state.done());
        assertEquals(List.of("pwd", "otp"), state.amr());
    }

    @Test
    void theStateSurvivesBeingParked() {
        ChainState state = ChainState.afterPassword("u1", "").passed(step("otp", "otp"));
        assertEquals(state, ChainState.fromParameters(state.toParameters()));
    }

    @Test
    void acrIsTwoFactorOnlyWithAOneTimeCode() {
        assertEquals(AuthnContexts.PASSWORD, AuthnContexts.acrFor(List.of("pwd")));
        assertEquals(AuthnContexts.TIME_SYNC_TOKEN, AuthnContexts.acrFor(List.of("pwd", "otp")));
    }
}

package org.symbolon.sts.authn.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.symbolon.sts.users.LocalUser;

/**
 * The steps of signing in after the password, found as CDI beans and run in their order: a new kind of
 * step (a certificate, say) is one more {@link LoginStep} bean. Only the steps that apply to the user run.
 */
@ApplicationScoped
public class LoginChain {

    @Inject
    @Any
    Instance<LoginStep> beans;

    /** The first step the user still has to pass, or empty when the sign-in is complete. */
    public Optional<LoginStep> next(LocalUser user, ChainState state) {
        return steps().stream().filter(s -> !state.done().contains(s.id())).filter(s -> s.requiredFor(user))
                .findFirst();
    }

    public List<LoginStep> steps() {
        return beans.stream().sorted(Comparator.comparingInt(LoginStep::order).thenComparing(LoginStep::id)).toList();
    }
}

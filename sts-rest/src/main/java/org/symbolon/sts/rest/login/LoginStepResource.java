package org.symbolon.sts.rest.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.authn.login.ChainState;
import org.symbolon.sts.authn.login.ChainTickets;
import org.symbolon.sts.authn.login.LoginChain;
import org.symbolon.sts.authn.login.LoginStep;
import org.symbolon.sts.authn.login.StepAnswer;
import org.symbolon.sts.authn.login.StepPrompt;
import org.symbolon.sts.users.LocalUser;
import org.symbolon.sts.users.UserDirectory;

/**
 * The steps of signing in after the password. Each answer comes with the single-use ticket of the step
 * it answers: a refused answer shows the step again under the same ticket, a passed one uses the ticket
 * up and leads to the next step or, after the last, to the session.
 */
@RequestScoped
@Path("/login/{step}")
public class LoginStepResource {

    @Inject
    LoginChain chain;

    @Inject
    ChainTickets tickets;

    @Inject
    UserDirectory users;

    @Inject
    SignInCompletion completion;

    @Inject
    LoginCsrf csrf;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    /** A step is only ever answered by its form; its address opened on its own leads nowhere. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A step's address opened directly: the expired page")
    public Response opened(@PathParam("step") String stepId) {
        return expired();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Answer a step of signing in after the password (a one-time code, a new password)")
    public Response answer(@PathParam("step") String stepId, MultivaluedMap<String, String> form) {
        String token = form.getFirst("csrf");
        if (!csrf.matches(headers, token)) {
            return HtmlPage.error(Response.Status.BAD_REQUEST, "Sign-in form expired",
                    "This sign-in form is no longer valid. Go back to the application and start again.");
        }
        String ticket = form.getFirst("chain");
        Optional<ChainTickets.Parked> parked = ticket == null ? Optional.empty() : tickets.find(ticket);
        Optional<LocalUser> user = parked.flatMap(p -> users.findById(p.state().userId())).filter(LocalUser::enabled);
        Optional<LoginStep> step = user.flatMap(u -> chain.next(u, parked.get().state()))
                .filter(s -> s.id().equals(stepId));
        if (step.isEmpty()) {
            return expired();
        }
        String relyingParty = parked.get().relyingPartyName();
        StepAnswer answer = step.get().check(user.get(), answers(step.get().prompt(), form), request.getRemoteAddr());
        if (answer instanceof StepAnswer.Refused refused) {
            return StepPage.render(step.get(), ticket, token, relyingParty, refused.message());
        }
        if (!tickets.take(ticket)) {
            return expired();
        }
        ChainState state = parked.get().state().passed(step.get());
        Optional<LoginStep> next = chain.next(user.get(), state);
        if (next.isPresent()) {
            return StepPage.render(next.get(), tickets.park(state, relyingParty), token, relyingParty, null);
        }
        return completion.complete(user.get(), state, headers);
    }

    /** Only the fields the step asks for reach it, each cut just past its length so an overlong one still fails. */
    private static Map<String, String> answers(StepPrompt prompt, MultivaluedMap<String, String> form) {
        Map<String, String> answers = new HashMap<>();
        for (StepPrompt.StepField field : prompt.fields()) {
            String value = form.getFirst(field.name());
            if (value != null) {
                answers.put(field.name(), value.length() > field.maxLength()
                        ? value.substring(0, field.maxLength() + 1) : value);
            }
        }
        return answers;
    }

    private static Response expired() {
        return HtmlPage.error(Response.Status.BAD_REQUEST, "Sign-in link expired",
                "This sign-in link has expired or was already used. Go back to the application and start again.");
    }
}

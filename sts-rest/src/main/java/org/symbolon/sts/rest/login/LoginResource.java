package org.symbolon.sts.rest.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.authn.login.ChainState;
import org.symbolon.sts.authn.login.ChainTickets;
import org.symbolon.sts.authn.login.LoginChain;
import org.symbolon.sts.authn.login.LoginStep;
import org.symbolon.sts.session.PendingLogin;
import org.symbolon.sts.session.PendingLogins;
import org.symbolon.sts.session.SessionSecrets;
import org.symbolon.sts.session.SsoSession;
import org.symbolon.sts.session.SsoSessions;
import org.symbolon.sts.users.LocalUser;
import org.symbolon.sts.users.LoginOutcome;
import org.symbolon.sts.users.PasswordLogin;

/**
 * The login page. An application's request arrives with a ticket for the parked request; after a
 * successful login the browser is sent back to resume it. A browser that already has a session is
 * sent back at once, unless the application asked for the credentials again. Signing in is a chain
 * of steps: the password here, then each {@link LoginStep} that applies to the user at
 * {@link LoginStepResource}; the session starts only when every step is done.
 */
@RequestScoped
@Path("/login")
public class LoginResource {

    private static final int MAX_USERNAME = 256;
    private static final int MAX_PASSWORD = 1024;

    @Inject
    PendingLogins pending;

    @Inject
    SsoSessions sessions;

    @Inject
    PasswordLogin passwords;

    @Inject
    LoginChain chain;

    @Inject
    ChainTickets tickets;

    @Inject
    SignInCompletion completion;

    @Inject
    SessionCookie sessionCookie;

    @Inject
    LoginCsrf csrf;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The login form")
    public Response form(@QueryParam("ticket") String ticket) {
        Optional<PendingLogin> login = Optional.empty();
        if (ticket != null) {
            login = pending.find(ticket);
            if (login.isEmpty() || ChainTickets.isChain(login.get())) {
                return expired();
            }
        }
        Optional<SsoSession> session = sessionCookie.read(headers).flatMap(sessions::find);
        if (session.isPresent() && login.isPresent() && !login.get().forceAuthn()) {
            return redirect(resume(login.get()));
        }
        if (session.isPresent() && login.isEmpty()) {
            return LoginPage.signedIn(session.get().username());
        }
        String relyingParty = login.map(PendingLogin::relyingPartyName).orElse(null);
        String hint = login.map(PendingLogin::loginHint).orElse(null);
        String token = csrf.current(headers);
        if (token != null) {
            return LoginPage.render(ticket, token, relyingParty, hint, false);
        }
        String fresh = SessionSecrets.newSecret();
        return Response.fromResponse(LoginPage.render(ticket, fresh, relyingParty, hint, false))
                .cookie(csrf.cookie(fresh)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Sign in with username and password")
    public Response submit(@FormParam("ticket") String ticket, @FormParam("csrf") String token,
            @FormParam("username") String username, @FormParam("password") String password) {
        if (!csrf.matches(headers, token)) {
            return formExpired();
        }
        String parked = ticket == null || ticket.isEmpty() ? null : ticket;
        Optional<PendingLogin> login = parked == null ? Optional.empty() : pending.find(parked);
        if (parked != null && (login.isEmpty() || ChainTickets.isChain(login.get()))) {
            return expired();
        }
        String name = username == null ? "" : username.strip();
        String relyingParty = login.map(PendingLogin::relyingPartyName).orElse(null);
        if (name.isEmpty() || name.length() > MAX_USERNAME || password == null || password.isEmpty()
                || password.length() > MAX_PASSWORD) {
            return LoginPage.render(parked, token, relyingParty, bounded(name), true);
        }
        LoginOutcome outcome = passwords.authenticate(name, password.toCharArray(), request.getRemoteAddr());
        if (!(outcome instanceof LoginOutcome.Authenticated authenticated)) {
            return LoginPage.render(parked, token, relyingParty, name, true);
        }
        LocalUser user = authenticated.user();
        ChainState state = ChainState.afterPassword(user.id(), parked);
        Optional<LoginStep> next = chain.next(user, state);
        if (next.isPresent()) {
            return StepPage.render(next.get(), tickets.park(state, relyingParty), token, relyingParty, null);
        }
        return completion.complete(user, state, headers);
    }

    private static Response redirect(URI next) {
        return Response.seeOther(next).header("Cache-Control", "no-store").build();
    }

    private static URI resume(PendingLogin login) {
        return SignInCompletion.resume(login);
    }

    private static Response expired() {
        return HtmlPage.error(Response.Status.BAD_REQUEST, "Sign-in link expired",
                "This sign-in link has expired or was already used. Go back to the application and start again.");
    }

    private static Response formExpired() {
        return HtmlPage.error(Response.Status.BAD_REQUEST, "Sign-in form expired",
                "This sign-in form is no longer valid. Go back to the application and start again.");
    }

    private static String bounded(String value) {
        return value.length() > MAX_USERNAME ? value.substring(0, MAX_USERNAME) : value;
    }
}

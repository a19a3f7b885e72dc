package org.symbolon.sts.rest.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.symbolon.sts.authn.login.AuthnContexts;
import org.symbolon.sts.authn.login.ChainState;
import org.symbolon.sts.session.PendingLogin;
import org.symbolon.sts.session.PendingLogins;
import org.symbolon.sts.session.SsoSessions;
import org.symbolon.sts.session.StartedSession;
import org.symbolon.sts.users.LocalUser;

/** The end of signing in: the session starts with what the chain used, and the application's request resumes. */
@RequestScoped
class SignInCompletion {

    @Inject
    SsoSessions sessions;

    @Inject
    PendingLogins pending;

    @Inject
    SessionCookie sessionCookie;

    Response complete(LocalUser user, ChainState state, HttpHeaders headers) {
        StartedSession started = sessions.start(user.id(), user.username(), state.amr(),
                AuthnContexts.acrFor(state.amr()), sessionCookie.read(headers).orElse(null));
        Optional<PendingLogin> login = state.protocolTicket().isEmpty() ? Optional.empty()
                : pending.find(state.protocolTicket());
        URI next = login.map(SignInCompletion::resume).orElse(URI.create("/login"));
        return Response.seeOther(next).cookie(sessionCookie.issue(started.cookieValue()))
                .header("Cache-Control", "no-store").build();
    }

    static URI resume(PendingLogin login) {
        return URI.create(login.resumePath() + "?ticket=" + URLEncoder.encode(login.id(), StandardCharsets.UTF_8));
    }
}

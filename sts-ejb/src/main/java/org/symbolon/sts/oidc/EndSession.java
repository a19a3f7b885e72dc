package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.symbolon.sts.session.SsoSession;
import org.symbolon.sts.session.SsoSessions;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.ClientDirectory;

/**
 * RP-initiated logout: the browser's session ends; it goes back to the client only to a
 * post-logout redirect URI registered for the client named by a valid {@code id_token_hint}.
 */
@ApplicationScoped
public class EndSession {

    @Inject
    IdTokenHints hints;

    @Inject
    ClientDirectory clients;

    @Inject
    SsoSessions sessions;

    /**
     * Ends the session and tells where the browser goes next: the redirect (with {@code state}),
     * or empty for the signed-out page.
     */
    public Optional<String> endSession(Optional<SsoSession> session, String idTokenHint, String clientId,
            String postLogoutRedirectUri, String state) {
        session.ifPresent(s -> sessions.end(s.id()));
        if (postLogoutRedirectUri == null) {
            return Optional.empty();
        }
        Optional<IdTokenHint> hint = hints.read(idTokenHint);
        Optional<Client> client = hint.filter(h -> clientId == null || clientId.equals(h.clientId()))
                .flatMap(h -> clients.find(h.clientId())).filter(Client::enabled);
        return client.filter(c -> c.oidc().postLogoutRedirectUris().contains(postLogoutRedirectUri))
                .map(c -> AuthorizationResponseUri.of(postLogoutRedirectUri).add("state", state).build());
    }
}

package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.symbolon.sts.session.SessionEnded;
import org.symbolon.sts.session.SessionParticipant;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.ClientDirectory;

/**
 * OIDC Back-Channel Logout: when a session ends, every OpenID client that joined it and registered
 * a back-channel logout URI gets a Logout Token naming the session and the subject it knows.
 * Tokens are written here, in the ending transaction; {@link BackchannelSender} posts them after it commits.
 */
@ApplicationScoped
public class BackchannelLogout {

    @Inject
    ClientDirectory clients;

    @Inject
    SubjectIdentifiers subjects;

    @Inject
    LogoutTokenWriter tokens;

    @Inject
    Event<LogoutDeliveries> deliveries;

    void onSessionEnded(@Observes SessionEnded ended) {
        List<LogoutDelivery> due = deliveriesFor(ended);
        if (!due.isEmpty()) {
            deliveries.fire(new LogoutDeliveries(due));
        }
    }

    List<LogoutDelivery> deliveriesFor(SessionEnded ended) {
        return ended.participants().stream()
                .filter(p -> SessionParticipant.OIDC.equals(p.protocol()))
                .map(p -> clients.find(p.relyingParty()))
                .flatMap(Optional::stream)
                .filter(c -> c.enabled() && c.oidc().backchannelLogoutUri() != null)
                .map(c -> delivery(c, ended))
                .toList();
    }

    private LogoutDelivery delivery(Client client, SessionEnded ended) {
        String subject = subjects.subject(client, ended.userId());
        return new LogoutDelivery(client.clientId(), client.oidc().backchannelLogoutUri(),
                tokens.write(client, subject, ended.sessionId()));
    }
}

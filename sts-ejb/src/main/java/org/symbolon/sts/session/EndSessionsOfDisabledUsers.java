package org.symbolon.sts.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.symbolon.sts.users.UserDisabled;

/** A disabled or deleted user is signed out everywhere, in the same transaction that disabled them. */
@ApplicationScoped
public class EndSessionsOfDisabledUsers {

    @Inject
    SsoSessions sessions;

    void on(@Observes UserDisabled event) {
        sessions.endAllForUser(event.userId());
    }
}

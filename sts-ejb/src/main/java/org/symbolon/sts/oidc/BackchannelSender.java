package org.symbolon.sts.oidc;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Posts Logout Tokens once the transaction that ended the session has committed (a rolled-back
 * logout tells nobody), on a bounded managed executor, so that no RP can slow a logout down.
 */
@ApplicationScoped
public class BackchannelSender {

    private static final Logger LOG = Logger.getLogger(BackchannelSender.class.getName());

    @Resource(lookup = "concurrent/stsBackchannelLogout")
    ManagedExecutorService executor;

    @Inject
    LogoutTokenPost post;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LogoutDeliveries due) {
        for (LogoutDelivery delivery : due.deliveries()) {
            try {
                executor.execute(() -> post.deliver(delivery));
            } catch (RejectedExecutionException e) {
                LOG.warning(() -> "Back-channel logout queue full: " + delivery + " is not sent");
            }
        }
    }
}

package org.symbolon.sts.sso;

import java.util.List;
import org.symbolon.sts.trust.ServiceProvider;

/**
 * A LogoutRequest from a service provider that passed every check: registered and enabled, signed when it
 * has signing certificates, addressed to us, recent, and not seen before.
 *
 * @param relayState returned with our LogoutResponse, or null
 */
public record LogoutRequestContext(ServiceProvider serviceProvider, String requestId, String nameId,
        List<String> sessionIndexes, String relayState) {
}

package org.symbolon.sts.sso;

import java.time.Instant;
import org.symbolon.sts.token.saml.AcsEndpoint;
import org.symbolon.sts.token.saml.IncomingAuthnRequest.RequestedContext;
import org.symbolon.sts.trust.ServiceProvider;

/**
 * A validated AuthnRequest: what the single sign-on endpoint answers and where.
 *
 * @param acs                   the ACS (location and binding) from the service provider's metadata
 * @param nameIdFormat          the NameIDPolicy Format asked for, or null
 * @param requestedAuthnContext the RequestedAuthnContext, or null
 * @param relayState            returned unchanged with the Response, or null
 * @param signed                whether a signature over the request verified
 */
public record AuthnRequestContext(
        String requestId,
        ServiceProvider serviceProvider,
        AcsEndpoint acs,
        boolean forceAuthn,
        boolean isPassive,
        String nameIdFormat,
        boolean allowCreate,
        RequestedContext requestedAuthnContext,
        String relayState,
        Instant issueInstant,
        boolean signed) {
}

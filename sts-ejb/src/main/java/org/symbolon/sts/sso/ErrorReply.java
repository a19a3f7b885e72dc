package org.symbolon.sts.sso;

import org.symbolon.sts.token.saml.AcsEndpoint;
import org.symbolon.sts.trust.ServiceProvider;

/**
 * Where a SAML error Response to a refused AuthnRequest goes: the service provider's registered ACS.
 *
 * @param inResponseTo the request's ID, or null when it had none
 * @param relayState   the RelayState as received, or null
 */
public record ErrorReply(ServiceProvider serviceProvider, AcsEndpoint acs, String inResponseTo, String relayState) {
}

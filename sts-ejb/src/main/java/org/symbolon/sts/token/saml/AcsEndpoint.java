package org.symbolon.sts.token.saml;

/**
 * An AssertionConsumerService of a service provider's metadata: where and by which binding our Response goes.
 *
 * @param index     its index attribute, or null
 * @param isDefault its isDefault attribute, or null when absent (which matters for picking the default)
 */
public record AcsEndpoint(String binding, String location, Integer index, Boolean isDefault) {
}

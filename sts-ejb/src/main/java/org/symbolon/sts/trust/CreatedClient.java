package org.symbolon.sts.trust;

/** A newly registered client with its secret: the only time the secret is ever shown. */
public record CreatedClient(ClientView client, String clientSecret) {
}

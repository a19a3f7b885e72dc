package org.symbolon.sts.oidc;

/** A code just redeemed: what it grants, and the nonce the ID token must repeat. */
public record RedeemedCode(String codeHash, UserGrant grant, String nonce) {
}

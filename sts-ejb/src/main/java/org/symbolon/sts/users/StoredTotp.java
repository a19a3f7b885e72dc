package org.symbolon.sts.users;

/** A user's TOTP secret as stored: sealed, with the last accepted time step (-1 before the first). */
public record StoredTotp(String userId, String sealedSecret, long lastUsedStep) {
}

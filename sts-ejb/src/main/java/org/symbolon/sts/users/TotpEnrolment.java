package org.symbolon.sts.users;

/** A new TOTP secret, shown once to the administrator: base32 and as an {@code otpauth://} URI for a QR code. */
public record TotpEnrolment(String secret, String otpauthUri) {
}

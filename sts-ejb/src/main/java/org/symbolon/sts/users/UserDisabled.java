package org.symbolon.sts.users;

/** A local user was disabled: whatever the user holds (sessions, refresh tokens) must stop working. */
public record UserDisabled(String userId, String username) {
}

package org.symbolon.sts.users;

/** CDI event: the user was disabled or deleted, so their sessions and refresh tokens must end. */
public record UserDisabled(String userId, String username) {
}

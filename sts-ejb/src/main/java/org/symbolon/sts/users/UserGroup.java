package org.symbolon.sts.users;

/** A named group of local users; its name is what tokens carry. */
public record UserGroup(String name, String description) {
}

package org.symbolon.sts.users;

import java.util.regex.Pattern;
import org.symbolon.sts.error.StsException;

/** Group names travel in tokens and URLs: letters, digits and a few separators only. */
final class GroupPolicy {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}");
    private static final int MAX_DESCRIPTION = 1024;

    private GroupPolicy() {
    }

    static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    static String name(String name) {
        if (!isName(name)) {
            throw StsException.invalidField("name",
                    "name must be 1-64 letters, digits, '.', '_', ':', '@' or '-', starting with a letter or digit");
        }
        return name;
    }

    static String description(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.length() > MAX_DESCRIPTION || UserPolicy.hasControl(description)) {
            throw StsException.invalidField("description", "description must be at most " + MAX_DESCRIPTION
                    + " characters without control characters");
        }
        return description.strip();
    }
}

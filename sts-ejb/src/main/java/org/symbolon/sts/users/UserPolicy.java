package org.symbolon.sts.users;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.symbolon.sts.error.StsException;

/** What a user's fields may be; each refusal names the field. */
public final class UserPolicy {

    public static final int MAX_USERNAME = 128;
    public static final int MAX_PASSWORD = 1024;
    static final int MAX_DISPLAY_NAME = 256;
    static final int MAX_EMAIL = 254;
    static final int MAX_GROUPS = 100;
    static final int MAX_ATTRIBUTES = 64;
    static final int MAX_ATTRIBUTE_VALUES = 32;
    static final int MAX_ATTRIBUTE_VALUE = 1024;

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private UserPolicy() {
    }

    /** The form usernames are stored and compared in: Unicode NFC, lower case. */
    public static String normalize(String username) {
        return Normalizer.normalize(username, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** 1-128 characters, no control characters, no surrounding whitespace. */
    public static boolean isUsername(String username) {
        if (username == null || username.isEmpty() || username.length() > MAX_USERNAME
                || !username.equals(username.strip()) || hasControl(username)) {
            return false;
        }
        return normalize(username).length() <= MAX_USERNAME;
    }

    static String username(String username) {
        if (!isUsername(username)) {
            throw StsException.invalidField("username", "username must be 1-" + MAX_USERNAME
                    + " characters without control characters or surrounding spaces");
        }
        return normalize(username);
    }

    static String displayName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.length() > MAX_DISPLAY_NAME || hasControl(name)) {
            throw StsException.invalidField("displayName", "displayName must be at most " + MAX_DISPLAY_NAME
                    + " characters without control characters");
        }
        return name.strip();
    }

    static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        if (email.length() > MAX_EMAIL || hasControl(email) || !EMAIL.matcher(email).matches()) {
            throw StsException.invalidField("email", "email must be an address like name@example.com");
        }
        return email;
    }

    static char[] password(String password, int minLength) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < minLength || password.length() > MAX_PASSWORD) {
            throw StsException.invalidField("password", "password must be " + minLength + " to " + MAX_PASSWORD
                    + " characters long");
        }
        return password.toCharArray();
    }

    /** Distinct names, in the order given; existence is checked by the caller. */
    static List<String> groups(List<String> groups) {
        if (groups == null) {
            return List.of();
        }
        if (groups.size() > MAX_GROUPS) {
            throw StsException.invalidField("groups", "At most " + MAX_GROUPS + " groups");
        }
        for (String g : groups) {
            if (!GroupPolicy.isName(g)) {
                throw StsException.invalidField("groups", "No group with this name");
            }
        }
        return List.copyOf(new LinkedHashSet<>(groups));
    }

    static Map<String, List<String>> attributes(Map<String, List<String>> attributes) {
        if (attributes == null) {
            return Map.of();
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw StsException.invalidField("attributes", "At most " + MAX_ATTRIBUTES + " attributes");
        }
        TreeMap<String, List<String>> checked = new TreeMap<>();
        attributes.forEach((name, values) -> {
            if (name == null || !ATTRIBUTE_NAME.matcher(name).matches()) {
                throw StsException.invalidField("attributes",
                        "Attribute names are 1-64 letters, digits, '_', '.', ':' or '-'");
            }
            if (values == null || values.size() > MAX_ATTRIBUTE_VALUES) {
                throw StsException.invalidField("attributes", "Attribute '" + name + "' needs a list of at most "
                        + MAX_ATTRIBUTE_VALUES + " values");
            }
            for (String v : values) {
                if (v == null || v.length() > MAX_ATTRIBUTE_VALUE || hasControl(v)) {
                    throw StsException.invalidField("attributes", "Values of '" + name + "' must be at most "
                            + MAX_ATTRIBUTE_VALUE + " characters without control characters");
                }
            }
            checked.put(name, List.copyOf(values));
        });
        return Collections.unmodifiableMap(checked);
    }

    /** Search text for the user list: bounded, and taken literally (no wildcards). */
    static String search(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_USERNAME || hasControl(text)) {
            throw StsException.invalidField("search", "search must be at most " + MAX_USERNAME + " characters");
        }
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Control characters, and what neither XML 1.0 nor UTF-8 can carry (an unpaired surrogate, U+FFFE,
     * U+FFFF): such a value would make every SAML assertion about the user unwritable.
     */
    static boolean hasControl(String s) {
        return s.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c)
                || c == 0xFFFE || c == 0xFFFF);
    }
}

package org.symbolon.sts.claims;

import java.util.ArrayList;
import java.util.List;

/** A claim's value seen as a list of strings, and back: rules work on strings, tokens keep their shape. */
final class ClaimValues {

    private ClaimValues() {
    }

    /** The string forms of a scalar or of each element of a list; objects are not rule material. */
    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> addScalar(out, v));
        } else {
            addScalar(out, value);
        }
        return out;
    }

    /** One value stays a scalar, several become a list; none is null (the claim is then absent). */
    static Object shaped(List<String> values, boolean wasList) {
        if (values.isEmpty()) {
            return null;
        }
        return wasList || values.size() > 1 ? List.copyOf(values) : values.get(0);
    }

    private static void addScalar(List<String> out, Object v) {
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            out.add(String.valueOf(v));
        }
    }
}

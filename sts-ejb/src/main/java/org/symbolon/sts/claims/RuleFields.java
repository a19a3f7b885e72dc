package org.symbolon.sts.claims;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbolon.sts.error.StsException;

/** The fields of one rule object, read with refusals that name the field ({@code incomingRules[0].claim}). */
final class RuleFields {

    private static final int MAX_NAME = 256;

    private final JsonObject rule;
    private final String path;

    RuleFields(JsonValue value, String path) {
        this.path = path;
        if (!(value instanceof JsonObject object)) {
            throw StsException.invalidField(path, "a rule must be a JSON object");
        }
        this.rule = object;
    }

    StsException refused(String name, String reason) {
        return StsException.invalidField(path + "." + name, reason);
    }

    String claim() {
        return name("claim", requiredString("claim"));
    }

    /** A claim name the rule writes or removes: never a protected one. */
    String writable(String name) {
        return notProtected(name, name(name, requiredString(name)));
    }

    String optionalWritable(String name, String otherwise) {
        String value = optionalString(name);
        return value == null ? otherwise : notProtected(name, name(name, value));
    }

    String requiredString(String name) {
        String value = optionalString(name);
        if (value == null || value.isEmpty()) {
            throw refused(name, "is required");
        }
        return value;
    }

    String requiredStringAllowEmpty(String name) {
        String value = optionalString(name);
        if (value == null) {
            throw refused(name, "is required (may be empty)");
        }
        return value;
    }

    String optionalString(String name) {
        JsonValue value = rule.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw refused(name, "must be a string");
        }
        return s.getString();
    }

    boolean optionalBoolean(String name) {
        JsonValue value = rule.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw refused(name, "must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    /** A string, number or boolean, or a non-empty list of those. */
    Object constantValue() {
        JsonValue value = rule.get("value");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw refused("value", "is required");
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            List<Object> list = new ArrayList<>();
            for (JsonValue v : value.asJsonArray()) {
                list.add(scalar(v));
            }
            return List.copyOf(list);
        }
        return scalar(value);
    }

    Map<String, String> stringMap(String name) {
        JsonValue value = rule.get(name);
        if (!(value instanceof JsonObject object) || object.isEmpty()) {
            throw refused(name, "must be a non-empty object of value to value");
        }
        Map<String, String> map = new LinkedHashMap<>();
        object.forEach((from, to) -> {
            if (!(to instanceof JsonString s)) {
                throw refused(name + "." + from, "must be a string");
            }
            map.put(from, s.getString());
        });
        return map;
    }

    RuleCondition condition() {
        JsonValue value = rule.get("when");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return RuleCondition.ALWAYS;
        }
        if (!(value instanceof JsonObject when)) {
            throw refused("when", "must be an object");
        }
        RuleFields w = new RuleFields(when, path + ".when");
        String equalsClaim = null;
        String equalsValue = null;
        JsonValue equals = when.get("equals");
        if (equals != null && equals.getValueType() != JsonValue.ValueType.NULL) {
            RuleFields e = new RuleFields(equals, path + ".when.equals");
            equalsClaim = e.claim();
            equalsValue = e.requiredStringAllowEmpty("value");
        }
        return new RuleCondition(w.optionalString("issuer"), w.optionalString("present"), equalsClaim, equalsValue);
    }

    private Object scalar(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).isIntegral() ? (Object) ((JsonNumber) v).longValue()
                    : (Object) ((JsonNumber) v).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw refused("value", "must be a string, number, boolean or a list of those");
        };
    }

    private String name(String field, String value) {
        if (value.isBlank() || value.length() > MAX_NAME) {
            throw refused(field, "must be a claim name of 1 to " + MAX_NAME + " characters");
        }
        return value;
    }

    private String notProtected(String field, String claim) {
        if (ProtectedClaims.contains(claim)) {
            throw refused(field, "'" + claim + "' is a protected claim that rules cannot set or remove");
        }
        return claim;
    }
}

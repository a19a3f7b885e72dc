package org.symbolon.sts.rest.admin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.symbolon.sts.error.StsException;

/** Field-by-field readers for the admin API's JSON, so each mistake is reported by its field name. */
final class AdminJson {

    private AdminJson() {
    }

    static JsonObject parseObject(String body) {
        if (body == null || body.isBlank()) {
            throw StsException.invalidRequest("A JSON object is required");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            // the parser reports syntax, nesting depth and size limits alike as unchecked exceptions
            throw StsException.invalidRequest("The body is not a valid JSON object");
        }
    }

    static JsonArrayBuilder array(List<String> values) {
        return Json.createArrayBuilder(values);
    }

    static String string(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw StsException.invalidField(field, field + " must be a string");
        }
        return s.getString();
    }

    static List<String> strings(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            throw StsException.invalidField(field, field + " must be an array of strings");
        }
        List<String> list = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s)) {
                throw StsException.invalidField(field, field + " must be an array of strings");
            }
            list.add(s.getString());
        }
        return list;
    }

    static Integer integer(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw StsException.invalidField(field, field + " must be a whole number of seconds");
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw StsException.invalidField(field, field + " is out of range");
        }
    }

    static Boolean bool(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw StsException.invalidField(field, field + " must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    /** A nested JSON object (such as a JWK Set), passed on as its JSON text. */
    static String object(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject)) {
            throw StsException.invalidField(field, field + " must be a JSON object");
        }
        return value.toString();
    }

    /** Any JSON value passed on as its text, for a service that validates it field by field (claims rules). */
    static String raw(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value == null || value == JsonValue.NULL ? null : value.toString();
    }

    /** JSON text stored after validation, back to a JSON value for a response. */
    static JsonValue parsed(String text) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return reader.readValue();
        }
    }

    static void refuseUnknown(JsonObject json, Set<String> fields) {
        for (String key : json.keySet()) {
            if (!fields.contains(key)) {
                throw StsException.invalidField(key, "Unknown field '" + key + "'");
            }
        }
    }
}

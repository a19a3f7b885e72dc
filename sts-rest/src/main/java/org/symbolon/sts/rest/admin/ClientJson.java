package org.symbolon.sts.rest.admin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.ClientRegistration;
import org.symbolon.sts.trust.ClientView;

/** The admin API's JSON for clients, read field by field so each mistake is reported by name. */
public final class ClientJson {

    private static final Set<String> FIELDS = Set.of("clientId", "name", "grantTypes", "scopes", "audiences",
            "redirectUris", "accessTokenLifetime", "signingAlg", "jwks", "enabled");

    private ClientJson() {
    }

    public static ClientRegistration read(String body) {
        JsonObject json = parseObject(body);
        for (String key : json.keySet()) {
            if (!FIELDS.contains(key)) {
                throw StsException.invalidField(key, "Unknown field '" + key + "'");
            }
        }
        return new ClientRegistration(string(json, "clientId"), string(json, "name"), strings(json, "grantTypes"),
                strings(json, "scopes"), strings(json, "audiences"), strings(json, "redirectUris"),
                integer(json, "accessTokenLifetime"), string(json, "signingAlg"), jwks(json),
                bool(json, "enabled"));
    }

    public static JsonObject write(ClientView c) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("clientId", c.clientId())
                .add("name", c.name())
                .add("grantTypes", array(c.grantTypes()))
                .add("scopes", array(c.scopes()))
                .add("audiences", array(c.audiences()))
                .add("redirectUris", array(c.redirectUris()))
                .add("accessTokenLifetime", c.accessTokenLifetime())
                .add("signingAlg", c.signingAlg())
                .add("enabled", c.enabled())
                .add("hasSecret", c.hasSecret())
                .add("createdAt", String.valueOf(c.createdAt()))
                .add("updatedAt", String.valueOf(c.updatedAt()));
        if (c.jwks() != null) {
            try (JsonReader reader = Json.createReader(new StringReader(c.jwks()))) {
                json.add("jwks", reader.readObject());
            }
        }
        return json.build();
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

    private static JsonArrayBuilder array(List<String> values) {
        return Json.createArrayBuilder(values);
    }

    private static String string(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw StsException.invalidField(field, field + " must be a string");
        }
        return s.getString();
    }

    private static List<String> strings(JsonObject json, String field) {
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

    private static Integer integer(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof jakarta.json.JsonNumber n) || !n.isIntegral()) {
            throw StsException.invalidField(field, field + " must be a whole number of seconds");
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw StsException.invalidField(field, field + " is out of range");
        }
    }

    private static Boolean bool(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw StsException.invalidField(field, field + " must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    private static String jwks(JsonObject json) {
        JsonValue value = json.get("jwks");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject)) {
            throw StsException.invalidField("jwks", "jwks must be a JWK Set object");
        }
        return value.toString();
    }
}

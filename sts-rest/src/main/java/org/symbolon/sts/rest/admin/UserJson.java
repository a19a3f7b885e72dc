package org.symbolon.sts.rest.admin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.users.UserRegistration;
import org.symbolon.sts.users.UserView;

/** The admin API's JSON for local users: read field by field, written without any password or hash. */
final class UserJson {

    private static final Set<String> FIELDS = Set.of("username", "password", "email", "displayName", "groups",
            "attributes", "enabled");
    private static final Set<String> PASSWORD_FIELDS = Set.of("password", "temporary");

    private UserJson() {
    }

    static UserRegistration read(String body) {
        JsonObject json = AdminJson.parseObject(body);
        AdminJson.refuseUnknown(json, FIELDS);
        return new UserRegistration(AdminJson.string(json, "username"), AdminJson.string(json, "password"),
                AdminJson.string(json, "email"), AdminJson.string(json, "displayName"),
                AdminJson.strings(json, "groups"), attributes(json), AdminJson.bool(json, "enabled"));
    }

    /** {password, temporary?} of a password reset. */
    static JsonObject readPassword(String body) {
        JsonObject json = AdminJson.parseObject(body);
        AdminJson.refuseUnknown(json, PASSWORD_FIELDS);
        AdminJson.string(json, "password");
        AdminJson.bool(json, "temporary");
        return json;
    }

    static JsonObject write(UserView u) {
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        u.attributes().forEach((name, values) -> attributes.add(name, AdminJson.array(values)));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", u.id())
                .add("username", u.username())
                .add("groups", AdminJson.array(u.groups()))
                .add("attributes", attributes)
                .add("enabled", u.enabled())
                .add("passwordSet", u.passwordSet())
                .add("passwordTemporary", u.passwordTemporary())
                .add("createdAt", u.createdAt() + "Z")
                .add("updatedAt", u.updatedAt() + "Z");
        if (u.displayName() != null) {
            json.add("displayName", u.displayName());
        }
        if (u.email() != null) {
            json.add("email", u.email());
        }
        return json.build();
    }

    private static Map<String, List<String>> attributes(JsonObject json) {
        JsonValue value = json.get("attributes");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw StsException.invalidField("attributes", "attributes must be an object of string arrays");
        }
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        object.forEach((name, values) -> {
            if (!(values instanceof JsonArray array)) {
                throw StsException.invalidField("attributes", "attributes must be an object of string arrays");
            }
            List<String> strings = new ArrayList<>();
            for (JsonValue item : array) {
                if (!(item instanceof JsonString s)) {
                    throw StsException.invalidField("attributes", "attributes must be an object of string arrays");
                }
                strings.add(s.getString());
            }
            attributes.put(name, strings);
        });
        return attributes;
    }
}

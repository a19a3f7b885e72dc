package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Local users and groups through the admin API, as an operator's script manages them. */
class UsersIT {

    private static final String PASSWORD = "a long enough passphrase";
    private static String token;
    /** Every response body this class saw: none may carry a password or a hash. */
    private static final List<String> BODIES = new ArrayList<>();

    @BeforeAll
    static void adminToken() {
        token = AdminApi.adminToken();
    }

    @Test
    void aUserIsCreatedReadFoundUpdatedAndDeleted() {
        String group = createGroup("readers");
        String username = unique("Alice");
        HttpResponse<String> created = call("POST", "/api/admin/users", Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).add("email", "alice@example.com")
                .add("displayName", "Alice Liddell").add("groups", Sts.array(group))
                .add("attributes", Json.createObjectBuilder().add("dept", Sts.array("sales", "emea"))).build());
        assertEquals(201, created.statusCode(), created::body);
        JsonObject user = Sts.json(created);
        String id = user.getString("id");
        assertEquals(Sts.BASE_URL + "/api/admin/users/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals(username.toLowerCase(Locale.ROOT), user.getString("username"), "stored in lower case");
        assertEquals(List.of(group), strings(user, "groups"));
        assertEquals(List.of("sales", "emea"), strings(user.getJsonObject("attributes"), "dept"));
        assertTrue(user.getBoolean("enabled"));
        assertTrue(user.getBoolean("passwordSet"));

        assertEquals(user, Sts.json(ok(get("/api/admin/users/" + id))));
        assertEquals(List.of(id), ids(ok(get("/api/admin/users?search=" + username.toUpperCase(Locale.ROOT)))),
                "search ignores case");
        assertEquals(List.of(id), ids(ok(get("/api/admin/users?search=" + username.substring(6)))));

        JsonObject updated = Sts.json(ok(call("PUT", "/api/admin/users/" + id, Json.createObjectBuilder()
                .add("username", username).add("displayName", "Alice L.").add("groups", Json.createArrayBuilder())
                .build())));
        assertEquals("Alice L.", updated.getString("displayName"));
        assertFalse(updated.containsKey("email"), "a PUT replaces the user's settings");
        assertTrue(updated.getBoolean("passwordSet"), "the password is kept");

        assertEquals(204, delete("/api/admin/users/" + id).statusCode());
        assertEquals(404, get("/api/admin/users/" + id).statusCode());
    }

    @Test
    void listingPagesThroughUsersAndRefusesBadPaging() {
        String prefix = unique("page");
        for (int i = 0; i < 3; i++) {
            createUser(prefix + "-" + i);
        }
        assertEquals(2, ids(ok(get("/api/admin/users?search=" + prefix + "&max=2"))).size());
        assertEquals(1, ids(ok(get("/api/admin/users?search=" + prefix + "&first=2&max=2"))).size());
        assertField("max", get("/api/admin/users?max=100000"));
        assertField("first", get("/api/admin/users?first=-1"));
        assertField("max", get("/api/admin/users?max=ten"));
        assertEquals(List.of(), ids(ok(get("/api/admin/users?search=%25"))),
                "a % in search is taken literally, not as a wildcard");
    }

    @Test
    void aUsernameTakenInAnyCaseIsAConflict() {
        String username = unique("bob");
        createUser(username);
        HttpResponse<String> again = call("POST", "/api/admin/users", Json.createObjectBuilder()
                .add("username", username.toUpperCase(Locale.ROOT)).build());
        assertEquals(409, again.statusCode(), again::body);
        assertEquals("conflict", Sts.json(again).getString("error"));
    }

    @Test
    void anUnknownGroupIsRefusedNamingGroups() {
        assertField("groups", call("POST", "/api/admin/users", Json.createObjectBuilder()
                .add("username", unique("carol")).add("groups", Sts.array("no-such-group-" + UUID.randomUUID()))
                .build()));
    }

    @Test
    void passwordsAreSetAndResetAndTooShortOnesRefusedNamingPassword() {
        String id = createUser(unique("dave"));
        assertField("password", call("PUT", "/api/admin/users/" + id + "/password", "{\"password\":\"short\"}"));
        assertField("password", call("PUT", "/api/admin/users/" + id + "/password", "{}"));
        assertField("password", call("POST", "/api/admin/users", Json.createObjectBuilder()
                .add("username", unique("erin")).add("password", "elevenchars").build()));

        JsonObject user = Sts.json(ok(call("PUT", "/api/admin/users/" + id + "/password",
                "{\"password\":\"" + PASSWORD + "\",\"temporary\":true}")));
        assertTrue(user.getBoolean("passwordSet"));
        assertTrue(user.getBoolean("passwordTemporary"));
        assertField("password", call("PUT", "/api/admin/users/" + id, Json.createObjectBuilder()
                .add("username", user.getString("username")).add("password", PASSWORD).build()));
        assertEquals(404, call("PUT", "/api/admin/users/" + UUID.randomUUID() + "/password",
                "{\"password\":\"" + PASSWORD + "\"}").statusCode());
    }

    @Test
    void usersAreDisabledEnabledAndUnlocked() {
        String id = createUser(unique("frank"));
        assertFalse(Sts.json(ok(post("/api/admin/users/" + id + "/disable"))).getBoolean("enabled"));
        assertFalse(Sts.json(ok(get("/api/admin/users/" + id))).getBoolean("enabled"));
        assertTrue(Sts.json(ok(post("/api/admin/users/" + id + "/enable"))).getBoolean("enabled"));
        assertEquals(204, post("/api/admin/users/" + id + "/unlock").statusCode());
        assertEquals(404, post("/api/admin/users/" + UUID.randomUUID() + "/unlock").statusCode());
    }

    @Test
    void disablingAUserLeavesTokensOfOtherSubjectsActive() {
        RegisteredClient client = AdminApi.register();
        String clientToken = OAuthClient.accessToken(client.basic());
        String id = createUser(unique("grace"));

        ok(post("/api/admin/users/" + id + "/disable"));
        assertEquals(204, delete("/api/admin/users/" + id).statusCode());

        assertTrue(OAuthClient.isActive(client.basic(), clientToken), "the client's own token stays active");
        assertTrue(OAuthClient.isActive(client.basic(), token), "the administrator's token stays active");
    }

    @Test
    void groupsAreCreatedReadChangedListedWithMembersAndDeleted() {
        String name = unique("staff");
        HttpResponse<String> created = call("POST", "/api/admin/groups",
                "{\"name\":\"" + name + "\",\"description\":\"Everyone on staff\"}");
        assertEquals(201, created.statusCode(), created::body);
        assertEquals(Sts.BASE_URL + "/api/admin/groups/" + name, created.headers().firstValue("Location").orElseThrow());
        assertEquals(409, call("POST", "/api/admin/groups", "{\"name\":\"" + name + "\"}").statusCode());

        String member = createUser(unique("heidi"), name);
        createUser(unique("ivan"));
        assertEquals(List.of(member), ids(ok(get("/api/admin/groups/" + name + "/members"))));

        JsonObject changed = Sts.json(ok(call("PUT", "/api/admin/groups/" + name,
                "{\"name\":\"" + name + "\",\"description\":\"Changed\"}")));
        assertEquals("Changed", changed.getString("description"));
        assertEquals(changed, Sts.json(ok(get("/api/admin/groups/" + name))));
        assertField("name", call("PUT", "/api/admin/groups/" + name, "{\"name\":\"other\"}"));
        assertTrue(Sts.json(ok(get("/api/admin/groups"))).getJsonArray("groups")
                .contains(changed));

        assertEquals(204, delete("/api/admin/groups/" + name).statusCode());
        assertEquals(404, get("/api/admin/groups/" + name).statusCode());
        assertEquals(404, get("/api/admin/groups/" + name + "/members").statusCode());
        assertEquals(List.of(), strings(Sts.json(ok(get("/api/admin/users/" + member))), "groups"),
                "members stay, without the group");
    }

    @Test
    void everyChangeIsAuditedWithoutPasswordOrHash() {
        String id = createUser(unique("judy"));
        ok(call("PUT", "/api/admin/users/" + id + "/password", "{\"password\":\"" + PASSWORD + "-2\"}"));
        ok(post("/api/admin/users/" + id + "/disable"));
        ok(post("/api/admin/users/" + id + "/enable"));
        post("/api/admin/users/" + id + "/unlock");
        delete("/api/admin/users/" + id);
        String group = createGroup("audited");
        delete("/api/admin/groups/" + group);

        HttpResponse<String> trail = ok(get("/api/admin/audit?target=" + id));
        List<String> actions = Sts.json(trail).getJsonArray("events").stream()
                .map(e -> e.asJsonObject().getString("action")).toList();
        assertEquals(List.of("user.delete", "user.unlock", "user.enable", "user.disable", "user.password",
                "user.create"), actions, "newest first");
        Sts.json(trail).getJsonArray("events").forEach(e -> assertEquals("client:" + Sts.ADMIN_CLIENT_ID,
                e.asJsonObject().getString("actor")));
        List<String> groupActions = Sts.json(ok(get("/api/admin/audit?target=" + group)))
                .getJsonArray("events").stream().map(e -> e.asJsonObject().getString("action")).toList();
        assertEquals(List.of("group.delete", "group.create"), groupActions);
        assertField("target", get("/api/admin/audit"));
    }

    static Stream<Arguments> hostileUsers() {
        return Stream.of(
                Arguments.of("not json", null),
                Arguments.of("[\"an\",\"array\"]", null),
                Arguments.of("{\"username\":" + quoted("x".repeat(129)) + "}", "username"),
                Arguments.of("{\"username\":\"evil\\nforged\"}", "username"),
                Arguments.of("{\"username\":\" padded\"}", "username"),
                Arguments.of("{\"username\":42}", "username"),
                Arguments.of("{\"username\":\"ok-name\",\"email\":\"not-an-address\"}", "email"),
                Arguments.of("{\"username\":\"ok-name\",\"email\":" + quoted("a@" + "x".repeat(300) + ".com") + "}",
                        "email"),
                Arguments.of("{\"username\":\"ok-name\",\"displayName\":" + quoted("d".repeat(257)) + "}",
                        "displayName"),
                Arguments.of("{\"username\":\"ok-name\",\"displayName\":\"bell\\u0007\"}", "displayName"),
                Arguments.of("{\"username\":\"ok-name\",\"groups\":\"admins\"}", "groups"),
                Arguments.of("{\"username\":\"ok-name\",\"groups\":[1]}", "groups"),
                Arguments.of("{\"username\":\"ok-name\",\"attributes\":[\"x\"]}", "attributes"),
                Arguments.of("{\"username\":\"ok-name\",\"attributes\":{\"dept\":\"sales\"}}", "attributes"),
                Arguments.of("{\"username\":\"ok-name\",\"attributes\":{\"dept\":[" + quoted("v".repeat(1025))
                        + "]}}", "attributes"),
                Arguments.of("{\"username\":\"ok-name\",\"attributes\":{\"bad name\":[\"x\"]}}", "attributes"),
                Arguments.of("{\"username\":\"ok-name\",\"enabled\":\"yes\"}", "enabled"),
                Arguments.of("{\"username\":\"ok-name\",\"password\":" + quoted("p".repeat(1025)) + "}", "password"),
                Arguments.of("{\"username\":\"ok-name\",\"role\":\"admin\"}", "role"));
    }

    @ParameterizedTest
    @MethodSource("hostileUsers")
    void hostileUserInputIsRefusedWithA400NeverA500(String body, String field) {
        HttpResponse<String> response = call("POST", "/api/admin/users", body);
        assertEquals(400, response.statusCode(), response::body);
        JsonObject error = Sts.json(response);
        assertEquals("invalid_request", error.getString("error"));
        if (field != null) {
            assertEquals(field, error.getString("field"), response::body);
        }
    }

    @Test
    void hostileGroupInputIsRefusedWithA400NeverA500() {
        for (String body : List.of("{\"name\":\"has space\"}", "{\"name\":" + quoted("g".repeat(65)) + "}",
                "{\"name\":\"ok\",\"description\":" + quoted("d".repeat(1025)) + "}", "{\"name\":7}", "nope",
                "{\"name\":\"../etc\"}")) {
            HttpResponse<String> response = call("POST", "/api/admin/groups", body);
            assertEquals(400, response.statusCode(), response::body);
        }
        assertEquals(404, get("/api/admin/groups/bad%20name").statusCode());
    }

    @Test
    void onlyAdministratorsReachUsersAndGroups() {
        RegisteredClient client = AdminApi.register();
        String clientToken = OAuthClient.accessToken(client.basic());
        assertEquals(403, AdminApi.admin("GET", "/api/admin/users", null, clientToken).statusCode());
        assertEquals(403, AdminApi.admin("GET", "/api/admin/groups", null, clientToken).statusCode());
        assertEquals(401, AdminApi.admin("GET", "/api/admin/users", null, null).statusCode());
    }

    @Test
    void noResponseEverCarriesAPasswordOrItsHash() {
        String id = createUser(unique("mallory"));
        ok(call("PUT", "/api/admin/users/" + id + "/password", "{\"password\":\"" + PASSWORD + "\"}"));
        ok(get("/api/admin/users?max=500"));
        ok(get("/api/admin/audit?target=" + id));
        synchronized (BODIES) {
            for (String body : BODIES) {
                assertFalse(body.contains(PASSWORD), body);
                assertFalse(body.toLowerCase(Locale.ROOT).contains("pbkdf2"), body);
                assertFalse(body.contains("passwordHash"), body);
            }
        }
    }

    // ---- helpers ----

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String quoted(String s) {
        return Json.createValue(s).toString();
    }

    private static String createGroup(String prefix) {
        String name = unique(prefix);
        HttpResponse<String> response = call("POST", "/api/admin/groups", "{\"name\":\"" + name + "\"}");
        assertEquals(201, response.statusCode(), response::body);
        return name;
    }

    private static String createUser(String username, String... groups) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("username", username).add("password", PASSWORD)
                .add("groups", Sts.array(groups));
        HttpResponse<String> response = call("POST", "/api/admin/users", body.build());
        assertEquals(201, response.statusCode(), response::body);
        return Sts.json(response).getString("id");
    }

    private static HttpResponse<String> call(String method, String path, JsonObject body) {
        return call(method, path, body.toString());
    }

    private static HttpResponse<String> call(String method, String path, String body) {
        HttpResponse<String> response = AdminApi.admin(method, path, body, token);
        synchronized (BODIES) {
            BODIES.add(response.body());
        }
        assertTrue(response.statusCode() < 500, () -> method + " " + path + " -> " + response.statusCode() + " "
                + response.body());
        return response;
    }

    private static HttpResponse<String> get(String path) {
        return call("GET", path, (String) null);
    }

    private static HttpResponse<String> post(String path) {
        return call("POST", path, (String) null);
    }

    private static HttpResponse<String> delete(String path) {
        return call("DELETE", path, (String) null);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return response;
    }

    private static void assertField(String field, HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response::body);
        assertEquals(field, Sts.json(response).getString("field"), response::body);
    }

    private static List<String> ids(HttpResponse<String> response) {
        return Sts.json(response).getJsonArray("users").stream().map(u -> u.asJsonObject().getString("id")).toList();
    }

    private static List<String> strings(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}

package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The login page as a person meets it: the form, the session cookie, refusals and brute-force limits. */
class LoginIT {

    static final String SESSION_COOKIE = "__Host-symbolon-sso";
    static final String CSRF_COOKIE = "__Host-symbolon-login";
    static final String PASSWORD = "a passphrase long enough";
    static final String REFUSED = "The username or password is not correct";

    /** Creates an enabled user through the admin API; returns its id. */
    static String createUser(String username, String password) {
        HttpResponse<String> created = AdminApi.admin("POST", "/api/admin/users", Json.createObjectBuilder()
                .add("username", username).add("password", password).add("email", username + "@example.com")
                .add("displayName", "Test " + username).build().toString());
        assertEquals(201, created.statusCode(), created::body);
        return Sts.json(created).getString("id");
    }

    /** Opens the form and posts the credentials; returns the answer to the post. */
    static HttpResponse<String> signIn(Browser browser, String path, String username, String password) {
        HttpResponse<String> form = browser.get(path);
        assertEquals(200, form.statusCode(), form::body);
        String ticket = Browser.hidden(form.body(), "ticket");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("csrf", Browser.hidden(form.body(), "csrf"));
        if (ticket != null) {
            fields.put("ticket", ticket);
        }
        fields.put("username", username);
        fields.put("password", password);
        return browser.post("/login", fields);
    }

    @Test
    void aUserSignsInAndGetsASecureHostOnlySessionCookie() {
        String user = Sts.uniqueId("alice");
        createUser(user, PASSWORD);
        Browser browser = new Browser();

        HttpResponse<String> form = browser.get("/login");
        assertEquals(200, form.statusCode());
        assertTrue(form.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(form.body().contains("<label for=\"username\">Username</label>"), "labelled fields");
        assertTrue(form.body().contains("autocomplete=\"current-password\""));
        assertFalse(form.body().contains("<script"), "the login page needs no JavaScript");
        assertTrue(form.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertTrue(form.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

        HttpResponse<String> posted = signIn(browser, "/login", user, PASSWORD);

        assertEquals(303, posted.statusCode(), posted::body);
        String setCookie = posted.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SESSION_COOKIE + "=")).findFirst().orElseThrow();
        String attributes = setCookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(attributes.contains("secure") && attributes.contains("httponly")
                && attributes.contains("samesite=lax") && attributes.contains("path=/"), setCookie);
        assertFalse(attributes.contains("domain="), "host-only");
        assertFalse(attributes.contains("max-age") || attributes.contains("expires"), "the server ends sessions");
        HttpResponse<String> landing = browser.follow(posted);
        assertTrue(landing.body().contains("You are signed in as <strong>" + user.toLowerCase(java.util.Locale.ROOT)),
                landing::body);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String user = Sts.uniqueId("bob");
        createUser(user, PASSWORD);

        HttpResponse<String> wrongPassword = signIn(new Browser(), "/login", user, "not the password at all");
        HttpResponse<String> unknownUser = signIn(new Browser(), "/login", user + "x", "not the password at all");

        for (HttpResponse<String> refused : List.of(wrongPassword, unknownUser)) {
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains(REFUSED), refused::body);
            assertTrue(refused.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(SESSION_COOKIE)));
        }
        assertEquals(withoutFormValues(wrongPassword.body()), withoutFormValues(unknownUser.body()),
                "nothing tells whether the account exists");
    }

    @Test
    void aFormPostedWithoutTheBrowsersOwnCsrfTokenIsRefused() {
        String user = Sts.uniqueId("carol");
        createUser(user, PASSWORD);
        Browser attacker = new Browser();
        HttpResponse<String> attackersForm = attacker.get("/login");
        Browser victim = new Browser();

        HttpResponse<String> forged = victim.post("/login", Map.of("csrf", Browser.hidden(attackersForm.body(), "csrf"),
                "username", user, "password", PASSWORD));

        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains("no longer valid"), forged::body);
        assertNull(victim.cookie(SESSION_COOKIE));
    }

    @Test
    void eachLoginGetsANewSessionCookieAndTheOldOneStopsWorking() {
        String user = Sts.uniqueId("dave");
        createUser(user, PASSWORD);
        Browser browser = new Browser();
        String csrf = Browser.hidden(browser.get("/login").body(), "csrf");
        Map<String, String> credentials = Map.of("csrf", csrf, "username", user, "password", PASSWORD);
        assertEquals(303, browser.post("/login", credentials).statusCode());
        String first = browser.cookie(SESSION_COOKIE);

        assertEquals(303, browser.post("/login", credentials).statusCode(), "signing in again, as a shared PC would");
        String second = browser.cookie(SESSION_COOKIE);

        assertNotNull(first);
        assertNotEquals(first, second);
        HttpResponse<String> withOldCookie = stolenWith(first);
        assertFalse(withOldCookie.body().contains("You are signed in"), "the old value no longer opens the session");
    }

    @Test
    void repeatedFailuresAreDelayedThenLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        String user = Sts.uniqueId("eve");
        String id = createUser(user, PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertTrue(signIn(new Browser(), "/login", user, "wrong guess " + i).body().contains(REFUSED));
        }
        HttpResponse<String> tooSoon = signIn(new Browser(), "/login", user, PASSWORD);
        assertTrue(tooSoon.body().contains(REFUSED), "even the right password waits out the delay");

        for (int failures = 3; failures < 10; failures++) {
            Thread.sleep(2_100);
            signIn(new Browser(), "/login", user, "wrong guess " + failures);
        }
        Thread.sleep(2_100);
        HttpResponse<String> locked = signIn(new Browser(), "/login", user, PASSWORD);
        assertTrue(locked.body().contains(REFUSED), "locked: the right password fails with the same message");

        assertEquals(204, AdminApi.admin("POST", "/api/admin/users/" + id + "/unlock", null).statusCode());
        HttpResponse<String> unlocked = signIn(new Browser(), "/login", user, PASSWORD);
        assertEquals(303, unlocked.statusCode(), unlocked::body);
    }

    @Test
    void aTemporaryPasswordMustBeReplacedBeforeTheSessionStarts() {
        String user = Sts.uniqueId("frank");
        String id = createUser(user, PASSWORD);
        HttpResponse<String> reset = AdminApi.admin("PUT", "/api/admin/users/" + id + "/password",
                "{\"password\":\"temporary passphrase 1\",\"temporary\":true}");
        assertEquals(200, reset.statusCode(), reset::body);
        Browser browser = new Browser();

        HttpResponse<String> step = signIn(browser, "/login", user, "temporary passphrase 1");
        assertEquals(200, step.statusCode());
        assertTrue(step.body().contains("Choose a new password"), step::body);
        assertNull(browser.cookie(SESSION_COOKIE), "no session before the new password");
        String change = Browser.hidden(step.body(), "chain");
        String csrf = Browser.hidden(step.body(), "csrf");

        HttpResponse<String> mismatch = browser.post("/login/password", Map.of("chain", change, "csrf", csrf,
                "password", "my own passphrase 22", "confirm", "my own passphrase 23"));
        assertTrue(mismatch.body().contains("not the same"));
        HttpResponse<String> tooShort = browser.post("/login/password", Map.of("chain", change, "csrf", csrf,
                "password", "short", "confirm", "short"));
        assertTrue(tooShort.body().contains("password must be"), tooShort::body);
        HttpResponse<String> done = browser.post("/login/password", Map.of("chain", change, "csrf", csrf,
                "password", "my own passphrase 22", "confirm", "my own passphrase 22"));

        assertEquals(303, done.statusCode(), done::body);
        assertNotNull(browser.cookie(SESSION_COOKIE));
        assertTrue(signIn(new Browser(), "/login", user, "temporary passphrase 1").body().contains(REFUSED));
        assertEquals(303, signIn(new Browser(), "/login", user, "my own passphrase 22").statusCode());
        HttpResponse<String> replayed = browser.post("/login/password", Map.of("chain", change, "csrf", csrf,
                "password", "another passphrase 33", "confirm", "another passphrase 33"));
        assertEquals(400, replayed.statusCode(), "the step cannot be used twice");
    }

    @Test
    void disablingAUserEndsTheirSession() {
        String user = Sts.uniqueId("grace");
        String id = createUser(user, PASSWORD);
        Browser browser = new Browser();
        browser.follow(signIn(browser, "/login", user, PASSWORD));
        assertTrue(browser.get("/login").body().contains("You are signed in"));

        assertEquals(200, AdminApi.admin("POST", "/api/admin/users/" + id + "/disable", null).statusCode());

        HttpResponse<String> after = browser.get("/login");
        assertFalse(after.body().contains("You are signed in"), after::body);
        assertTrue(signIn(new Browser(), "/login", user, PASSWORD).body().contains(REFUSED));
    }

    @Test
    void anUnknownTicketGetsAnErrorPageNotAFormOrA500() {
        for (String ticket : List.of("garbage", "A".repeat(43), "%00%0d%0a", "<script>")) {
            HttpResponse<String> page = new Browser().get("/login?ticket=" + java.net.URLEncoder.encode(ticket,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(400, page.statusCode(), ticket);
            assertTrue(page.body().contains("expired"), page::body);
            assertFalse(page.body().contains("<script>"));
        }
    }

    private static HttpResponse<String> stolenWith(String cookieValue) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(Sts.BASE_URL + "/login")).header("Cookie", SESSION_COOKIE + "=" + cookieValue)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withoutFormValues(String html) {
        return html.replaceAll("value=\"[^\"]*\"", "value=\"\"");
    }
}

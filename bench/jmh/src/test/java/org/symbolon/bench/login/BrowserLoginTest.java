package org.symbolon.bench.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against a stand-in for the server's login flow (a JDK HTTP server on the loopback): it
 * must carry the cookies, the form fields and the PKCE verifier through, and call a login failed as
 * soon as one step answers differently from the real server.
 */
class BrowserLoginTest {

    private static final String REDIRECT = "https://app.bench.example/callback";

    private HttpServer server;
    private URI base;
    // written by the server's thread, read by the test's
    private final Map<String, String> seen = Collections.synchronizedMap(new HashMap<>());
    private volatile String tokenAnswer = "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"id_token\":\"it\"}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        server.createContext("/oauth2/authorize", this::authorize);
        server.createContext("/login", this::login);
        server.createContext("/oauth2/token", this::token);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aLoginCarriesCookiesFormFieldsAndTheVerifierThrough() throws Exception {
        login("secret");
        assertEquals("csrf-1", seen.get("login.cookie"), "the login page's cookie came back with the form");
        assertEquals("sso-1", seen.get("resume.cookie"), "the session cookie came back to resume");
        assertEquals("user-0", seen.get("username"));
        assertEquals(seen.get("code_challenge"), BrowserLogin.challenge(seen.get("code_verifier")));
        assertEquals(REDIRECT, seen.get("token.redirect_uri"));
    }

    @Test
    void aRefusedPasswordFailsTheLogin() {
        LoginFailure failure = assertThrows(LoginFailure.class, () -> login("wrong"));
        assertEquals(200, failure.status());
        assertTrue(failure.getMessage().startsWith("login form: 200"), failure.getMessage());
    }

    @Test
    void aTokenAnswerWithoutAnIdTokenFailsTheLogin() {
        tokenAnswer = "{\"access_token\":\"at\",\"token_type\":\"Bearer\"}";
        LoginFailure failure = assertThrows(LoginFailure.class, () -> login("secret"));
        assertTrue(failure.getMessage().startsWith("token: no access_token and id_token"), failure.getMessage());
    }

    private void login(String password) throws Exception {
        LoginOptions options = new LoginOptions(base, "app", "app-secret", REDIRECT, List.of("user-0"), password, 1,
                0, 1, Path.of("unused"), null, false);
        new BrowserLogin(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), options)
                .run("user-0");
    }

    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = form(x.getRequestURI().getRawQuery());
        if (x.getRequestURI().getPath().endsWith("/resume")) {
            seen.put("resume.cookie", cookie(x, "__Host-symbolon-sso"));
            redirect(x, REDIRECT + "?code=code-1&state=" + seen.get("state") + "&iss=" + base);
            return;
        }
        seen.put("state", q.get("state"));
        seen.put("code_challenge", q.get("code_challenge"));
        redirect(x, "/login?ticket=t-1");
    }

    private void login(HttpExchange x) throws IOException {
        if ("GET".equals(x.getRequestMethod())) {
            x.getResponseHeaders().add("Set-Cookie", "__Host-symbolon-login=csrf-1; Path=/; Secure; HttpOnly");
            send(x, 200, "<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"ticket\" value=\"t-1\">"
                    + "<input type=\"hidden\" name=\"csrf\" value=\"csrf-1\"></form>");
            return;
        }
        Map<String, String> f = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        seen.put("login.cookie", cookie(x, "__Host-symbolon-login"));
        seen.put("username", f.get("username"));
        if (!"secret".equals(f.get("password")) || !"csrf-1".equals(f.get("csrf")) || !"t-1".equals(f.get("ticket"))) {
            send(x, 200, "<p class=\"error\">The username or password is not correct</p>");
            return;
        }
        x.getResponseHeaders().add("Set-Cookie", "__Host-symbolon-sso=sso-1; Path=/; Secure; HttpOnly");
        redirect(x, "/oauth2/authorize/resume?ticket=t-1");
    }

    private void token(HttpExchange x) throws IOException {
        Map<String, String> f = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        seen.put("code_verifier", f.get("code_verifier"));
        seen.put("token.redirect_uri", f.get("redirect_uri"));
        boolean client = ("Basic " + java.util.Base64.getEncoder().encodeToString("app:app-secret".getBytes()))
                .equals(x.getRequestHeaders().getFirst("Authorization"));
        send(x, client && "code-1".equals(f.get("code")) ? 200 : 400, tokenAnswer);
    }

    private static String cookie(HttpExchange x, String name) {
        String header = x.getRequestHeaders().getFirst("Cookie");
        for (String pair : header == null ? new String[0] : header.split(";\\s*")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().add("Location", location);
        x.sendResponseHeaders(303, -1);
        x.close();
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}

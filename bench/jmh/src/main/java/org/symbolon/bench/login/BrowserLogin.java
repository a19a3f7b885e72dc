package org.symbolon.bench.login;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser signing in to one application, step by step as a browser does: the authorization
 * request, the login page, the form, the resume redirect, then the application redeeming the code.
 * Every login starts with no cookies (a fresh browser) and a fresh state, nonce and PKCE verifier;
 * the connection is kept alive between logins, as wrk keeps its connections.
 */
final class BrowserLogin {

    /** A login waits at most this long per request; under load most of it is the queue for the hash. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");
    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)(.*)$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http;
    private final LoginOptions options;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    BrowserLogin(HttpClient http, LoginOptions options) {
        this.http = http;
        this.options = options;
    }

    /** Signs {@code username} in and redeems the code; returns normally only when both tokens came back. */
    void run(String username) throws LoginFailure, IOException, InterruptedException {
        cookies.clear();
        String state = random();
        String verifier = random() + random();
        URI authorize = options.base().resolve("/oauth2/authorize?response_type=code&scope=openid"
                + "&client_id=" + encode(options.clientId()) + "&redirect_uri=" + encode(options.redirectUri())
                + "&state=" + state + "&nonce=" + random() + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256");
        URI loginPage = redirect(get(authorize), "authorize", "/login");

        HttpResponse<String> page = expect(get(loginPage), 200, "login page");
        String csrf = hidden(page, "csrf");
        String ticket = hidden(page, "ticket");
        Matcher form = FORM.matcher(page.body());
        if (!form.find()) {
            throw new LoginFailure("login page: no form", 0);
        }
        URI action = page.uri().resolve(unescape(form.group(1)));
        URI resume = redirect(post(action, null, Map.of("ticket", ticket, "csrf", csrf, "username", username,
                "password", options.password())), "login form", "/oauth2/authorize/resume");

        URI back = redirect(get(resume), "resume", null);
        if (!back.toString().startsWith(options.redirectUri() + "?")) {
            throw new LoginFailure("resume: sent to " + back + ", not the redirect URI", 0);
        }
        Map<String, String> answer = query(back);
        if (!state.equals(answer.get("state")) || !options.base().toString().equals(answer.get("iss"))
                || answer.get("code") == null) {
            throw new LoginFailure("authorization response without code, state or iss: " + back, 0);
        }

        String basic = Base64.getEncoder().encodeToString((encode(options.clientId()) + ":"
                + encode(options.clientSecret())).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = expect(post(options.base().resolve("/oauth2/token"), "Basic " + basic,
                Map.of("grant_type", "authorization_code", "code", answer.get("code"),
                        "redirect_uri", options.redirectUri(), "code_verifier", verifier)), 200, "token");
        if (!tokens.body().contains("\"access_token\"") || !tokens.body().contains("\"id_token\"")) {
            throw new LoginFailure("token: no access_token and id_token in " + abbreviate(tokens.body()), 0);
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    private HttpResponse<String> post(URI uri, String authorization, Map<String, String> form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"))));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    // keeps every cookie, Secure ones too, as browsers do for a loopback address
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.timeout(REQUEST_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SET_COOKIE.matcher(header);
            if (m.matches() && (m.group(2).isEmpty() || m.group(3).toLowerCase(Locale.ROOT).contains("max-age=0"))) {
                cookies.remove(m.group(1));
            } else if (m.matches()) {
                cookies.put(m.group(1), m.group(2));
            }
        }
        return response;
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String step)
            throws LoginFailure {
        if (response.statusCode() != status) {
            throw new LoginFailure(step + ": " + response.statusCode() + " " + abbreviate(response.body()),
                    response.statusCode());
        }
        return response;
    }

    /** The 303 target, which must be on the server at {@code path} when one is given. */
    private URI redirect(HttpResponse<String> response, String step, String path) throws LoginFailure {
        expect(response, 303, step);
        URI next = response.uri().resolve(response.headers().firstValue("Location").orElse(""));
        if (path != null && !(next.getPath().equals(path) && next.getAuthority().equals(options.base().getAuthority()))) {
            throw new LoginFailure(step + ": redirected to " + next + " instead of " + path, 0);
        }
        return next;
    }

    private static String hidden(HttpResponse<String> page, String name) throws LoginFailure {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"")
                .matcher(page.body());
        if (!m.find()) {
            throw new LoginFailure("login page: no hidden field " + name, 0);
        }
        return unescape(m.group(1));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** RFC 7636 S256: base64url(SHA-256(ASCII(verifier))). */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) : flat;
    }
}

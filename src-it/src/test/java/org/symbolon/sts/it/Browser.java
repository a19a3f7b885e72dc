package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as the login pages see it: keeps cookies (Secure ones too, as browsers do for
 * http://localhost, which the JDK's CookieManager does not), follows redirects within the server
 * on request, and reads hidden form fields.
 */
final class Browser {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)(.*)$");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(absolute(url)).GET());
    }

    HttpResponse<String> post(String url, Map<String, String> form) {
        return send(HttpRequest.newBuilder(absolute(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    }

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    HttpResponse<String> postForm(URI uri, String form) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The 303 target of a response, resolved against where it came from. */
    static URI location(HttpResponse<String> response) {
        assertEquals(303, response.statusCode(), () -> "expected a redirect, got " + response.statusCode() + ": "
                + response.body());
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    /** On the login page at {@code loginPage}: types the credentials and submits, answering where it goes next. */
    URI signIn(URI loginPage, String username, String password) {
        HttpResponse<String> page = get(loginPage);
        assertEquals(200, page.statusCode(), page::body);
        Matcher form = FORM.matcher(page.body());
        assertTrue(form.find(), "the login page has a form");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(page.body());
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(input.group());
            while (a.find()) {
                attributes.put(a.group(1).toLowerCase(java.util.Locale.ROOT), a.group(2));
            }
            if (attributes.containsKey("name") && "hidden".equalsIgnoreCase(attributes.get("type"))) {
                fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
            }
        }
        fields.put("username", username);
        fields.put("password", password);
        URI action = page.uri().resolve(unescape(form.group(1)));
        return location(postForm(action, form(fields)));
    }

    /** Follows redirects while they stay on the server; returns the first answer that is not one. */
    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && isRedirect(current); hops++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            if (!next.toString().startsWith(Sts.BASE_URL)) {
                return current;
            }
            current = get(next.toString());
        }
        return current;
    }

    HttpResponse<String> getAndFollow(String url) {
        return follow(get(url));
    }

    /** True when the answer is the login page. */
    static boolean isLoginPage(HttpResponse<String> response) {
        return response.statusCode() == 200 && response.body().contains("name=\"password\"");
    }

    /** Signs in on the login page that {@code page} shows, and follows where that leads. */
    HttpResponse<String> signInAndFollow(HttpResponse<String> page, String username, String password) {
        assertTrue(isLoginPage(page), () -> "expected the login page, got " + page.statusCode() + ": " + page.body());
        return follow(get(signIn(page.uri(), username, password).toString()));
    }

    /** An HTML form: where it posts to and its named inputs with their values. */
    record Form(String action, Map<String, String> fields) {
        String field(String name) {
            return fields.get(name);
        }
    }

    /** The first form of a page, such as the SAML HTTP-POST binding's auto-submitted one. */
    static Form readForm(String html) {
        Matcher form = FORM.matcher(html);
        assertTrue(form.find(), () -> "no form in " + html);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html.substring(form.end()));
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(input.group());
            while (a.find()) {
                attributes.put(a.group(1).toLowerCase(java.util.Locale.ROOT), a.group(2));
            }
            if (attributes.containsKey("name")) {
                fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
            }
        }
        return new Form(unescape(form.group(1)), fields);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    /** A cookie as another browser window holding the same value would send it. */
    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    void forget(String name) {
        cookies.remove(name);
    }

    /** The value of a hidden input of the page, or null. */
    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name)
                + "\" value=\"([^\"]*)\"").matcher(html);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() >= 300 && response.statusCode() < 400
                && response.headers().firstValue("Location").isPresent();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            remember(response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(List<String> setCookies) {
        for (String header : setCookies) {
            Matcher m = SET_COOKIE.matcher(header);
            if (!m.matches()) {
                continue;
            }
            String attributes = m.group(3).toLowerCase(java.util.Locale.ROOT);
            if (attributes.contains("max-age=0") || m.group(2).isEmpty()) {
                cookies.remove(m.group(1));
            } else {
                cookies.put(m.group(1), m.group(2));
            }
        }
    }

    private static URI absolute(String url) {
        return URI.create(url.startsWith("/") ? Sts.BASE_URL + url : url);
    }
}

package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser as far as sign-in needs one: it keeps cookies and lets the test follow each redirect. */
final class Browser {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    HttpResponse<String> postForm(URI uri, String form) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
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
                attributes.put(a.group(1).toLowerCase(), a.group(2));
            }
            if (attributes.containsKey("name") && "hidden".equalsIgnoreCase(attributes.get("type"))) {
                fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
            }
        }
        fields.put("username", username);
        fields.put("password", password);
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(Sts.formValue(k)).append('=')
                .append(Sts.formValue(v)));
        URI action = page.uri().resolve(unescape(form.group(1)));
        return location(postForm(action, body.toString()));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}

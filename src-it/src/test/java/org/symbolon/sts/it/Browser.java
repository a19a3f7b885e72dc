package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as far as the SAML flows need one: it keeps the cookies our server sets (Secure ones too:
 * the JDK cookie manager would not send them to http://localhost, while a browser does to a secure
 * context), follows our redirects, and reads and submits HTML forms.
 */
final class Browser {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    final Map<String, String> cookies = new LinkedHashMap<>();

    /** An HTML form: where it goes and its fields with their values. */
    record Form(String action, Map<String, String> fields) {
        String field(String name) {
            return fields.get(name);
        }
    }

    HttpResponse<String> get(String pathOrUrl) {
        return remember(Sts.send(request(pathOrUrl).GET().build()));
    }

    HttpResponse<String> post(String pathOrUrl, Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(Sts.formValue(name) + "=" + Sts.formValue(value)));
        return remember(Sts.send(request(pathOrUrl).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build()));
    }

    /** Follows redirects while they lead to our server; returns the first other answer. */
    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && isRedirect(current); hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            if (!ours(location)) {
                return current;
            }
            current = get(location);
        }
        return current;
    }

    HttpResponse<String> getAndFollow(String pathOrUrl) {
        return follow(get(pathOrUrl));
    }

    /** True when the answer is our login page. */
    static boolean isLoginPage(HttpResponse<String> response) {
        return response.statusCode() == 200 && response.body().contains("name=\"password\"");
    }

    /** Signs in on the login page shown by {@code page}, and follows where that leads. */
    HttpResponse<String> signIn(HttpResponse<String> page, String username, String password) {
        assertTrue(isLoginPage(page), () -> "expected the login page, got " + page.statusCode() + ": " + page.body());
        Form form = form(page.body());
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.put("username", username);
        fields.put("password", password);
        HttpResponse<String> answer = post(form.action(), fields);
        assertEquals(303, answer.statusCode(), answer::body);
        return follow(answer);
    }

    static Form form(String html) {
        Matcher form = FORM.matcher(html);
        assertTrue(form.find(), () -> "no form in " + html);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group(1));
            while (attribute.find()) {
                attributes.put(attribute.group(1).toLowerCase(java.util.Locale.ROOT), unescape(attribute.group(2)));
            }
            if (attributes.containsKey("name")) {
                fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        return new Form(unescape(form.group(1)), fields);
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#x2F;", "/").replace("&#47;", "/").replace("&amp;", "&");
    }

    private static boolean isRedirect(HttpResponse<String> response) {
        return response.statusCode() >= 300 && response.statusCode() < 400
                && response.headers().firstValue("Location").isPresent();
    }

    private static boolean ours(String location) {
        return location.startsWith("/") && !location.startsWith("//") || location.startsWith(Sts.BASE_URL + "/");
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("/") ? Sts.url(pathOrUrl) : URI.create(pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            StringJoiner header = new StringJoiner("; ");
            cookies.forEach((name, value) -> header.add(name + "=" + value));
            request.header("Cookie", header.toString());
        }
        return request;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }
}

package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** The server under test: its addresses and plain HTTP to it, as any client could send it. */
final class Sts {

    static final String BASE_URL = property("sts.base-url", "http://localhost:19080");
    static final String ISSUER = property("sts.issuer", BASE_URL);
    static final URI TOKEN_ENDPOINT = URI.create(ISSUER + "/oauth2/token");
    static final URI INTROSPECTION_ENDPOINT = URI.create(ISSUER + "/oauth2/introspect");
    static final URI REVOCATION_ENDPOINT = URI.create(ISSUER + "/oauth2/revoke");
    static final URI JWKS_URI = URI.create(ISSUER + "/oauth2/jwks");
    static final String ADMIN_CLIENT_ID = property("sts.admin.client-id", "it-admin");
    static final String ADMIN_CLIENT_SECRET = property("sts.admin.client-secret", "");
    static final String CLIENT_CREDENTIALS = "client_credentials";

    // HTTP/1.1 like the Nimbus client and curl: no h2c upgrade dance that would change how refusals look
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    static {
        awaitReady(Duration.ofSeconds(120));
    }

    private Sts() {
    }

    /**
     * Waits until the server says it is ready with our own checks (database, signing keys) among the
     * answers, so the application is deployed, not just the runtime: after start and restart.
     */
    static void awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("signing-keys")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (java.io.IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Symbolon at " + BASE_URL + " not ready within " + limit + ": " + last);
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static URI url(String path) {
        return URI.create(BASE_URL + path);
    }

    /** A client id no earlier run of these tests can have used. */
    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    // ---- plain HTTP ----

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /**
     * A form POST as any HTTP client could send it; {@code headers} are name, value pairs, and
     * Content-Type is the form's unless given (a null value sends none).
     */
    static HttpResponse<String> postForm(URI endpoint, String body, String... headers) {
        return postBytes(endpoint, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static HttpResponse<String> postBytes(URI endpoint, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) { // a null value leaves the header out
                request.header(headers[i], headers[i + 1]);
            }
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!typed) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return send(request.build());
    }

    static String basicHeader(String clientId, String secret) {
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    static String formValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/json"),
                "expected a JSON response, got Content-Type '" + type + "' and body: " + response.body());
        return json(response.body());
    }

    static JsonArrayBuilder array(String... values) {
        return Json.createArrayBuilder(List.of(values));
    }
}

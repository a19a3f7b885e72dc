package org.symbolon.sts.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches a partner's published keys (a JWKS or SAML metadata) from the URL an administrator
 * registered: bounded in time and size, no redirects followed, and the least interval between two
 * fetches of one document that a failed signature may trigger.
 */
@ApplicationScoped
public class PartnerDownloads {

    @Inject
    @ConfigProperty(name = "sts.partners.jwks-min-refresh-interval", defaultValue = "30")
    long minRefreshSeconds;

    @Inject
    @ConfigProperty(name = "sts.partners.jwks-timeout", defaultValue = "5")
    long timeoutSeconds;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The body of a 200 answer, at most {@code maxBytes}; anything else is an IOException saying why. */
    public byte[] get(String url, String accept, int maxBytes) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Accept", accept).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException("larger than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    /** Whether a document last attempted at {@code attemptedAtNanos} may be fetched again now. */
    public boolean mayRefetch(long attemptedAtNanos) {
        return System.nanoTime() - attemptedAtNanos > Duration.ofSeconds(minRefreshSeconds).toNanos();
    }
}

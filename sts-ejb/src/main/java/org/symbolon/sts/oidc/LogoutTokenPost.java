package org.symbolon.sts.oidc;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;
import org.symbolon.sts.config.StsConfig;

/**
 * One back-channel logout request (OIDC Back-Channel Logout 1.0 section 2.5): a form POST of
 * {@code logout_token}, short timeouts, no redirect followed, and one retry after a second when
 * the RP could not be reached or failed (5xx). A 4xx answer is the RP's refusal: never retried.
 */
@ApplicationScoped
public class LogoutTokenPost {

    private static final Logger LOG = Logger.getLogger(LogoutTokenPost.class.getName());
    static final long RETRY_AFTER_MILLIS = 1000;

    @Inject
    StsConfig config;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.backchannelConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** True when the RP acknowledged the Logout Token (200 or 204). */
    public boolean deliver(LogoutDelivery delivery) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            String failure = attempt(delivery);
            if (failure == null) {
                return true;
            }
            boolean retry = attempt == 1 && !failure.startsWith("refused");
            LOG.warning(() -> "Back-channel logout to " + delivery + " failed (" + failure + ")"
                    + (retry ? "; trying once more" : ""));
            if (!retry || !pause()) {
                return false;
            }
        }
        return false;
    }

    /** Null on success, else why: {@code refused ...} for answers not worth a retry. */
    private String attempt(LogoutDelivery delivery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.uri()))
                .timeout(config.backchannelReadTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cache-Control", "no-store")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token="
                        + URLEncoder.encode(delivery.logoutToken(), StandardCharsets.US_ASCII)))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200 || status == 204) {
                return null;
            }
            return status >= 500 ? "HTTP " + status : "refused with HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "refused: interrupted";
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(RETRY_AFTER_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

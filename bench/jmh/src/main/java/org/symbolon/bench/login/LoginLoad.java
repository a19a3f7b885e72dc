package org.symbolon.bench.login;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The load driver of the {@code login-code} scenario: N browsers (platform threads), each signing in
 * again as soon as its last login ended, as wrk's connections send their next request. A login takes
 * five requests and one password hash, hundreds of milliseconds, so one login is the unit measured.
 * The measured window opens after the warm-up, once every browser has finished a login (so logins
 * are spread out rather than all starting together), and counts the logins that end inside it.
 * Logins still running when it closes are finished but not counted, so the server is idle on exit.
 */
public final class LoginLoad {

    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    private volatile boolean stopping;

    private final LoginOptions options;
    private final LoginTally tally = new LoginTally();
    private final CountDownLatch primed;

    private LoginLoad(LoginOptions options) {
        this.options = options;
        this.primed = new CountDownLatch(options.browsers());
    }

    public static void main(String[] args) throws Exception {
        LoginOptions options;
        try {
            options = LoginOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("LoginLoad: " + e.getMessage());
            System.err.println(LoginOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.insecureTls()) {
            // its certificate names localhost, the load goes to 127.0.0.1
            System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        }
        new LoginLoad(options).run();
    }

    private void run() throws Exception {
        List<Thread> browsers = new ArrayList<>();
        for (int i = 0; i < options.browsers(); i++) {
            int browser = i;
            Thread t = new Thread(() -> browse(browser), "browser-" + i);
            t.setDaemon(true);
            browsers.add(t);
            t.start();
        }
        Thread.sleep(options.warmupSeconds() * 1000L);
        if (!primed.await(2 * BrowserLogin.REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            System.err.println("LoginLoad: not every browser finished a login before the window opened");
        }
        long start = System.nanoTime();
        windowEnd = start + options.durationSeconds() * 1_000_000_000L;
        windowStart = start;
        mark("open");
        TimeUnit.NANOSECONDS.sleep(windowEnd - System.nanoTime());
        mark("closed");
        stopping = true;
        long drainBy = System.nanoTime() + 5 * BrowserLogin.REQUEST_TIMEOUT.toNanos();
        for (Thread t : browsers) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(drainBy - System.nanoTime())));
        }
        String json = tally.json(options.durationSeconds());
        Files.writeString(options.result(), json + "\n");
        System.out.println(json);
    }

    private void browse(int browser) {
        BrowserLogin login = new BrowserLogin(client(), options);
        for (long round = 0; !stopping; round++) {
            long begin = System.nanoTime();
            LoginFailure failure = null;
            Exception broken = null;
            try {
                login.run(options.username(browser, round));
            } catch (LoginFailure e) {
                failure = e;
            } catch (IOException e) {
                broken = e;
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                broken = e;   // e.g. a malformed Location header: still one failed login
            }
            long end = System.nanoTime();
            if (end >= windowStart && end < windowEnd) {
                if (failure != null) {
                    tally.failed(end - begin, failure);
                } else if (broken != null) {
                    tally.broken(end - begin, broken);
                } else {
                    tally.succeeded(end - begin);
                }
            }
            if (round == 0) {
                primed.countDown();
            }
        }
    }

    private HttpClient client() {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
        if (options.insecureTls()) {
            builder.sslContext(trustingEverything());
        }
        return builder.build();
    }

    // the benchmark server on the loopback has a self-signed certificate (bench/run --https, as curl -k)
    private static SSLContext trustingEverything() {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("no TLS", e);
        }
    }

    private void mark(String event) throws IOException {
        if (options.marker() != null) {
            Files.writeString(Path.of(options.marker() + "." + event), Long.toString(System.currentTimeMillis()));
        }
    }
}

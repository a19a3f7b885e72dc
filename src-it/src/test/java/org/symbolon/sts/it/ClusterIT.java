package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Symbolon nodes on one database, as ops run them behind a load balancer: what one node
 * records (clients, revocations) the other honours within seconds, and both sign with the same keys.
 * The second node is a copy of the test server (same EAR, configuration and master key) on other ports.
 */
class ClusterIT {

    private static final Path WLP = Path.of(Sts.property("sts.wlp.dir", "target/liberty/wlp"));
    private static final String NODE_A = Sts.property("sts.server.name", "symbolon-it");
    private static final String NODE_B = NODE_A + "-b";
    private static final int HTTP_PORT_B = Integer.parseInt(Sts.property("sts.cluster.http-port", "19180"));
    private static final int HTTPS_PORT_B = HTTP_PORT_B + 1;
    private static final URI BASE_B = URI.create("http://localhost:" + HTTP_PORT_B);
    private static final Duration START_LIMIT = Duration.ofSeconds(150);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startSecondNode() throws Exception {
        Path a = WLP.resolve("usr/servers").resolve(NODE_A);
        Path b = WLP.resolve("usr/servers").resolve(NODE_B);
        delete(b);
        copy(a, b);
        Path env = b.resolve("server.env");
        List<String> lines = Files.readAllLines(env).stream()
                .map(line -> line.startsWith("STS_HTTP_PORT=") ? "STS_HTTP_PORT=" + HTTP_PORT_B
                        : line.startsWith("STS_HTTPS_PORT=") ? "STS_HTTPS_PORT=" + HTTPS_PORT_B : line)
                .toList();
        Files.write(env, lines);
        server("start");
        awaitReady();
    }

    @AfterAll
    static void stopSecondNode() throws Exception {
        try {
            server("stop");
        } finally {
            delete(WLP.resolve("usr/servers").resolve(NODE_B));
        }
    }

    @Test
    void aClientRegisteredOnOneNodeGetsTokensFromTheOther() {
        RegisteredClient client = AdminApi.register();
        HTTPResponse response = OAuthClient.send(new TokenRequest(BASE_B.resolve("/oauth2/token"), client.basic(),
                new ClientCredentialsGrant()));
        assertEquals(200, response.getStatusCode(), response::getBody);
    }

    @Test
    void tokensFromEitherNodeVerifyAgainstThePublishedKeys() throws Exception {
        RegisteredClient client = AdminApi.register();
        HTTPResponse response = OAuthClient.send(new TokenRequest(BASE_B.resolve("/oauth2/token"), client.basic(),
                new ClientCredentialsGrant()));
        String fromB = OAuthClient.issued(response).getTokens().getAccessToken().getValue();
        JWTClaimsSet claims = OAuthClient.verifyAccessToken(fromB);
        assertEquals(client.id(), claims.getSubject());
        assertTrue(activeAt(BASE_B, client.basic(), OAuthClient.accessToken(client.basic())));
    }

    @Test
    void revocationOnOneNodeIsEffectiveOnTheOtherWithinSeconds() throws Exception {
        RegisteredClient client = AdminApi.register();
        String token = OAuthClient.accessToken(client.basic());
        assertTrue(activeAt(BASE_B, client.basic(), token));

        HttpResponse<String> revoked = Sts.postForm(Sts.REVOCATION_ENDPOINT, "token=" + Sts.formValue(token),
                "Authorization", Sts.basicHeader(client.id(), client.secret()));
        assertEquals(200, revoked.statusCode(), revoked::body);
        long start = System.nanoTime();
        while (activeAt(BASE_B, client.basic(), token)) {
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(),
                    "the other node still calls the revoked token active after 10 s");
            Thread.sleep(200);
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(millis <= 5_000, "revocation reached the other node after " + millis + " ms");
    }

    private static boolean activeAt(URI node, ClientAuthentication caller, String token) throws Exception {
        HTTPResponse http = OAuthClient.send(new TokenIntrospectionRequest(node.resolve("/oauth2/introspect"),
                caller, new BearerAccessToken(token)));
        TokenIntrospectionResponse response = TokenIntrospectionResponse.parse(http);
        assertTrue(response.indicatesSuccess(), http::getBody);
        return response.toSuccessResponse().isActive();
    }

    private static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(BASE_B.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("signing-keys")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("second node not ready within " + START_LIMIT + ": " + last);
    }

    private static void server(String action) throws Exception {
        File log = WLP.resolveSibling("cluster-node-b.log").toFile();
        ProcessBuilder command = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, NODE_B)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        command.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = command.start();
        if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + action + " " + NODE_B + " timed out; see " + log);
        }
        assertEquals(0, process.exitValue(), "server " + action + " " + NODE_B + " failed; see " + log);
    }

    /** The server folder without its logs, work area and the first node's database files. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path relative = from.relativize(source);
                String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
                String name = source.getFileName().toString();
                if (List.of("logs", "workarea", "tranlog").contains(first) || name.endsWith(".db")) {
                    return;
                }
                try {
                    Path target = to.resolve(relative.toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

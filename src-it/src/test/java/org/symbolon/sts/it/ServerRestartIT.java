package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What must survive a restart of the server: revocations, signing keys, clients, and the memory of
 * used client assertions; and the class data archive that class-data.sh trains while the server
 * runs, which the restarted server maps. Everything is prepared before one restart; each test
 * checks one promise. Runs alone (failsafe runs classes one after another): other classes never
 * see the server down.
 */
class ServerRestartIT {

    private static final Path WLP = Path.of(Sts.property("sts.wlp.dir", "target/liberty/wlp"));
    private static final String SERVER = Sts.property("sts.server.name", "symbolon-it");
    private static final Duration RESTART_LIMIT = Duration.ofSeconds(120);

    private static RegisteredClient rsaClient;
    private static RegisteredClient esClient;
    private static RegisteredClient keyClient;
    private static String revokedToken;
    private static RegisteredClient subjectClient;
    private static String subjectRevokedToken;
    private static String keptRsaToken;
    private static String keptEsToken;
    private static Set<String> kidsBefore;
    private static String activeRsaKidBefore;
    private static PrivateKeyJWT usedAssertion;
    private static String trainingOutput;

    @BeforeAll
    static void prepareThenRestart() throws Exception {
        rsaClient = AdminApi.register(c -> c.add("signingAlg", "RS256"));
        esClient = AdminApi.register(c -> c.add("signingAlg", "ES256"));
        RSAKey clientKey = new RSAKeyGenerator(2048).keyID("restart-key").generate();
        keyClient = AdminApi.register(c -> c.add("jwks", Sts.json(new JWKSet(clientKey.toPublicJWK()).toString(true))));

        revokedToken = OAuthClient.accessToken(rsaClient.basic());
        assertEquals(200, RevocationIT.revoke(rsaClient.basic(), revokedToken).getStatusCode());
        subjectClient = AdminApi.register();
        subjectRevokedToken = OAuthClient.accessToken(subjectClient.basic());
        HttpResponse<String> subjectRevoked = AdminApi.admin("POST", "/api/admin/revocations", Json.createObjectBuilder()
                .add("subject", subjectClient.id()).add("clientId", subjectClient.id()).build().toString());
        assertEquals(200, subjectRevoked.statusCode(), subjectRevoked::body);
        keptRsaToken = OAuthClient.accessToken(rsaClient.basic());
        keptEsToken = OAuthClient.accessToken(esClient.basic());
        activeRsaKidBefore = SignedJWT.parse(keptRsaToken).getHeader().getKeyID();
        kidsBefore = kids(OAuthClient.publishedKeys());
        usedAssertion = new PrivateKeyJWT(new ClientID(keyClient.id()), Sts.TOKEN_ENDPOINT, JWSAlgorithm.RS256,
                clientKey.toRSAPrivateKey(), clientKey.getKeyID(), null);
        OAuthClient.issued(PrivateKeyJwtIT.tokenWith(usedAssertion));

        Files.deleteIfExists(serverDir().resolve("class-data.jsa"));
        trainingOutput = trainClassData();
        restart();
    }

    private static Path serverDir() {
        return WLP.resolve("usr/servers").resolve(SERVER);
    }

    /** bash class-data.sh in the server directory, as the README says, with the server running. */
    private static String trainClassData() throws Exception {
        Path log = WLP.resolveSibling("class-data.log");
        Files.deleteIfExists(log);
        run(log, Duration.ofSeconds(300), "bash", serverDir().resolve("class-data.sh").toString());
        return Files.readString(log);
    }

    @AfterAll
    static void leaveTheServerRunning() throws Exception {
        try {
            Sts.awaitReady(Duration.ofSeconds(5));
        } catch (IllegalStateException notReady) {
            server("start");
            Sts.awaitReady(RESTART_LIMIT);
        }
    }

    /** bin/server stop, then start whatever happened, and wait for readiness. */
    static void restart() throws Exception {
        try {
            server("stop");
        } finally {
            server("start");
            Sts.awaitReady(RESTART_LIMIT);
        }
    }

    private static void server(String action) throws Exception {
        run(WLP.resolveSibling("server-restart.log"), RESTART_LIMIT, WLP.resolve("bin/server").toString(), action, SERVER);
    }

    /** Runs the command with this test's Java, its output appended to the log; fails unless it exits 0 in time. */
    private static void run(Path log, Duration limit, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took over " + limit + "; see " + log);
        }
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed; see " + log);
    }

    private static Set<String> kids(JWKSet set) {
        return set.getKeys().stream().map(JWK::getKeyID).collect(Collectors.toSet());
    }

    @Test
    void theRestartedServerMapsTheClassDataArchiveTrainedWhileItRan() throws Exception {
        Path archive = serverDir().resolve("class-data.jsa");
        assertTrue(trainingOutput.contains("wrote " + archive), trainingOutput);
        assertTrue(Files.size(archive) > 10L << 20, "the archive holds the classes of a whole start: " + Files.size(archive));
        long pid = Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/" + SERVER + ".pid")).trim());
        String maps = Files.readString(Path.of("/proc/" + pid + "/maps"));
        assertTrue(maps.contains(archive.toRealPath().toString()), "the server JVM maps " + archive);
    }

    @Test
    void revokedTokenIsInactiveAfterRestart() {
        assertFalse(OAuthClient.isActive(esClient.basic(), revokedToken));
    }

    @Test
    void tokensOfARevokedSubjectAreInactiveAfterRestart() {
        assertFalse(OAuthClient.isActive(subjectClient.basic(), subjectRevokedToken));
    }

    @Test
    void tokensIssuedBeforeRestartAreStillActive() {
        assertTrue(OAuthClient.isActive(esClient.basic(), keptRsaToken));
        assertTrue(OAuthClient.isActive(rsaClient.basic(), keptEsToken));
    }

    @Test
    void tokensIssuedBeforeRestartStillVerifyAgainstThePublishedKeys() throws Exception {
        assertEquals(rsaClient.id(), OAuthClient.verifyAccessToken(keptRsaToken).getSubject());
        assertEquals(esClient.id(), OAuthClient.verifyAccessToken(keptEsToken).getSubject());
    }

    @Test
    void signingKeysAreKeptNotRegenerated() throws Exception {
        assertTrue(kids(OAuthClient.publishedKeys()).containsAll(kidsBefore));
        String newToken = OAuthClient.accessToken(rsaClient.basic());
        assertEquals(activeRsaKidBefore, SignedJWT.parse(newToken).getHeader().getKeyID());
    }

    @Test
    void clientsRegisteredBeforeRestartStillGetTokens() {
        OAuthClient.accessToken(rsaClient.basic());
        OAuthClient.accessToken(esClient.basic());
    }

    @Test
    void clientAssertionUsedBeforeRestartCannotBeReplayed() {
        ClientCredentialsIT.assertRefused(PrivateKeyJwtIT.tokenWith(usedAssertion), 401, "invalid_client");
    }
}

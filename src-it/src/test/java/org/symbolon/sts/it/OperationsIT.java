package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.Scope;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What operators rely on: health probes, metrics, the API description, and logs free of secrets. */
class OperationsIT {

    private static final Path LOGS = Path.of(Sts.property("sts.wlp.dir", "target/liberty/wlp"), "usr", "servers",
            Sts.property("sts.server.name", "symbolon-it"), "logs");

    @Test
    void readinessIsUpWithDatabaseAndSigningKeyChecks() {
        HttpResponse<String> response = Sts.get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Sts.json(response);
        assertEquals("UP", health.getString("status"));
        Map<String, String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        assertEquals("UP", checks.get("database"), checks.toString());
        assertEquals("UP", checks.get("signing-keys"), checks.toString());
    }

    @Test
    void theLogSaysTheNativeProviderSignsTokensOnLinuxX8664() throws IOException {
        // the default sts.crypto.provider=auto; the EAR ships the provider for this platform
        String log;
        try (Stream<Path> files = Files.list(LOGS)) {   // messages.log and any rolled-over messages_*.log
            log = files.filter(f -> f.getFileName().toString().startsWith("messages")).map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining());
        }
        assertTrue(log.contains("Token signatures by AmazonCorrettoCryptoProvider"),
                "expected the native provider to be chosen at start");
        assertFalse(log.contains("the native provider is unusable"));
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = Sts.get("/health/live");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("UP", Sts.json(response).getString("status"));
    }

    @Test
    void issuedTokensAreCountedPerGrantTypeAndClient() {
        RegisteredClient client = AdminApi.register();
        OAuthClient.accessToken(client.basic());
        OAuthClient.accessToken(client.basic());

        double issued = metric(metrics(), "sts_tokens_issued",
                Map.of("grant_type", "client_credentials", "client_id", client.id()));

        assertEquals(2.0, issued);
    }

    @Test
    void requestTimingsAreReportedPerEndpointWithoutThePerRouteHistogram() {
        RegisteredClient client = AdminApi.register();
        OAuthClient.accessToken(client.basic());
        String exposition = metrics();

        assertTrue(metric(exposition, "REST_request_seconds_count",
                Map.of("class", "org.symbolon.sts.rest.oauth.TokenResource")) >= 1, "token endpoint timings");
        assertFalse(exposition.contains("http_server_request_duration_seconds"),
                "the HTTP monitoring component is off by default (STS_MONITOR_FILTER)");
    }

    @Test
    void refusalsAreCountedPerEndpointAndError() {
        RegisteredClient client = AdminApi.register();
        Map<String, String> labels = Map.of("endpoint", "/oauth2/token", "error", "invalid_scope");
        double before = metric(metrics(), "sts_errors", labels);

        HttpResponse<String> refused = Sts.postForm(Sts.TOKEN_ENDPOINT, "grant_type=client_credentials&scope=nope",
                "Authorization", Sts.basicHeader(client.id(), client.secret()));

        assertEquals(400, refused.statusCode());
        assertEquals(before + 1, metric(metrics(), "sts_errors", labels));
    }

    @Test
    void revokedTokensHeldInMemoryAreReportedAsAGauge() {
        RegisteredClient client = AdminApi.register();
        String token = OAuthClient.accessToken(client.basic());
        double before = metric(metrics(), "sts_revoked_tokens_live", Map.of());

        assertEquals(200, RevocationIT.revoke(client.basic(), token).getStatusCode());

        assertEquals(before + 1, metric(metrics(), "sts_revoked_tokens_live", Map.of()));
    }

    private static String metrics() {
        HttpResponse<String> response = Sts.get("/metrics");
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /**
     * The sum of the Prometheus samples of {@code name} (counters may carry a _total suffix) whose
     * labels include all of {@code labels}; 0 when there are none.
     */
    static double metric(String exposition, String name, Map<String, String> labels) {
        return exposition.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + "_total{"))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void openApiDocumentsTheOAuthEndpointsAndTheAdminApi() {
        HttpResponse<String> response = Sts.get("/openapi?format=JSON");
        assertEquals(200, response.statusCode());
        JsonObject paths = Sts.json(response.body()).getJsonObject("paths");
        assertTrue(paths.getJsonObject("/oauth2/token").containsKey("post"), paths.keySet().toString());
        assertTrue(paths.containsKey("/oauth2/introspect"), paths.keySet().toString());
        assertTrue(paths.containsKey("/oauth2/revoke"), paths.keySet().toString());
        JsonObject clients = paths.getJsonObject("/api/admin/clients");
        assertTrue(clients.containsKey("get") && clients.containsKey("post"), clients.toString());
        assertTrue(paths.containsKey("/api/admin/clients/{clientId}"), paths.keySet().toString());
    }

    @Test
    void serverLogNeverContainsIssuedTokensOrClientSecrets() throws Exception {
        RegisteredClient client = AdminApi.register(c -> c.add("scopes", Sts.array("orders.read")));
        String token = OAuthClient.token(client.basic(), "orders.read").getTokens().getAccessToken().getValue();
        // the token and the secret also pass through refusals, where a careless log line would show them
        AdminApi.admin("GET", "/api/admin/clients", null, token);
        OAuthClient.introspect(client.basic(), token);
        OAuthClient.send(OAuthClient.tokenRequest(client.basic()).scope(Scope.parse("not.allowed")).build());
        OAuthClient.tokenResponse(OAuthClient.basic(Sts.uniqueId("nobody"), client.secret()));
        String rotated = Sts.json(AdminApi.admin("POST", "/api/admin/clients/" + client.id() + "/secret", null).body())
                .getString("clientSecret");
        RevocationIT.revoke(OAuthClient.basic(client.id(), rotated), token);
        Thread.sleep(1_000); // let the log writer catch up

        String logs = allLogs();

        assertTrue(logs.contains("CWWKF0011I"), "the server's own log was read");
        Map<String, String> secrets = Map.of("access token", token, "client secret", client.secret(),
                "rotated client secret", rotated, "admin client secret", Sts.ADMIN_CLIENT_SECRET,
                "admin password", Sts.property("sts.admin.password", "correct horse battery staple"),
                "token signature", token.substring(token.lastIndexOf('.') + 1));
        secrets.forEach((what, value) -> assertFalse(logs.contains(value), "the log contains the " + what));
    }

    @Test
    void theRevocationOfAnExpiredTokenIsRemovedOnScheduleWithoutFailures() throws Exception {
        // the test server purges every 20 s what expired more than 60 s ago (STS_PURGE_* in the pom)
        RegisteredClient shortLived = AdminApi.register(c -> c.add("accessTokenLifetime", 10));
        String token = OAuthClient.accessToken(shortLived.basic());
        assertEquals(200, RevocationIT.revoke(shortLived.basic(), token).getStatusCode());
        LocalDateTime expiry = LocalDateTime.ofInstant(SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime()
                .toInstant(), ZoneOffset.UTC);
        // a purge whose cut-off lies after the token's expiry removed every revocation that expired before
        // it, this one included: the first such purge finds at least this one and says so
        Pattern removed = Pattern.compile(
                "Removed ([1-9][0-9]*) revocations and [0-9]+ issued assertion records of tokens expired before (\\S+)");
        long deadline = System.currentTimeMillis() + 150_000;   // 10 s lifetime + 60 s kept + 20 s period + margin
        String logs = allLogs();
        while (!removedAfter(removed, logs, expiry) && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
            logs = allLogs();
        }
        assertTrue(removedAfter(removed, logs, expiry),
                "no purge removed the revocation of the token that expired at " + expiry + " within 150 s");
        assertFalse(logs.contains("Expired token records could not be removed"), "a purge failed");
    }

    @Test
    void auditEventsPastTheRetentionAreRemovedOnScheduleAndTheRemovalIsItselfAudited() throws Exception {
        // the test server keeps audit events 30 days (STS_AUDIT_RETENTION_DAYS in the pom); events that
        // old can only be written into the database directly
        String old = "it-audit-31d-" + UUID.randomUUID();
        String recent = "it-audit-29d-" + UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(System.getProperty("sts.db.url"),
                System.getProperty("sts.db.user"), System.getProperty("sts.db.password"))) {
            insertAuditEvent(db, old, LocalDateTime.now(ZoneOffset.UTC).minusDays(31));
            insertAuditEvent(db, recent, LocalDateTime.now(ZoneOffset.UTC).minusDays(29));
        }
        // the recent event, which no purge removes, shows that rows written this way are in the trail; the old
        // one may already be gone here if a purge ran since the insert
        assertEquals(1, auditTrail(recent).size(), "the inserted events are in the audit trail");

        long deadline = System.currentTimeMillis() + 90_000;   // the purge runs every 20 s
        while (!auditTrail(old).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
        }

        assertTrue(auditTrail(old).isEmpty(), "the 31 days old event was not removed within 90 s");
        assertEquals(1, auditTrail(recent).size(), "an event within the retention stays");
        // the purge's own event reaches the trail with the next audit flush (every 500 ms), after the deletion
        long flushed = System.currentTimeMillis() + 10_000;
        while (retentionRemovals().isEmpty() && System.currentTimeMillis() < flushed) {
            Thread.sleep(250);
        }
        List<JsonObject> removals = retentionRemovals();
        assertFalse(removals.isEmpty(), "the removal is in the audit trail");
        JsonObject removal = removals.get(0);
        assertEquals("system", removal.getString("actor"));
        assertTrue(removal.getJsonObject("after").getInt("removed") >= 1);
        assertEquals(30, removal.getJsonObject("after").getInt("retentionDays"));
        assertFalse(allLogs().contains("Audit events past their retention could not be removed"), "a purge failed");
    }

    private static List<JsonObject> retentionRemovals() {
        return auditTrail("audit").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("audit.retention")).toList();
    }

    private static void insertAuditEvent(Connection db, String target, LocalDateTime occurredAt) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO sts_audit"
                + " (id, occurred_at, actor, action, target, outcome) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setObject(2, occurredAt);
            insert.setString(3, "client:" + Sts.ADMIN_CLIENT_ID);
            insert.setString(4, "client.update");
            insert.setString(5, target);
            insert.setString(6, "success");
            insert.executeUpdate();
        }
    }

    private static List<JsonValue> auditTrail(String target) {
        HttpResponse<String> trail = AdminApi.admin("GET", "/api/admin/audit?target=" + target, null);
        assertEquals(200, trail.statusCode());
        return Sts.json(trail).getJsonArray("events");
    }

    private static boolean removedAfter(Pattern removed, String logs, LocalDateTime expiry) {
        Matcher m = removed.matcher(logs);
        while (m.find()) {
            if (LocalDateTime.parse(m.group(2)).isAfter(expiry)) {
                return true;
            }
        }
        return false;
    }

    private static String allLogs() throws IOException {
        try (Stream<Path> files = Files.walk(LOGS)) {
            List<Path> logs = files.filter(Files::isRegularFile).toList();
            StringBuilder text = new StringBuilder();
            for (Path log : logs) {
                text.append(new String(Files.readAllBytes(log), StandardCharsets.UTF_8)).append('\n');
            }
            return text.toString();
        }
    }
}

package org.symbolon.bench.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LoginTallyTest {

    @Test
    void percentilesAreNearestRank() {
        List<Long> hundred = LongStream.rangeClosed(1, 100).boxed().toList();
        assertEquals(50, LoginTally.percentile(hundred, 50));
        assertEquals(90, LoginTally.percentile(hundred, 90));
        assertEquals(99, LoginTally.percentile(hundred, 99));
        assertEquals(7, LoginTally.percentile(List.of(7L), 99));
        assertEquals(0, LoginTally.percentile(List.of(), 50));
    }

    @Test
    void failedLoginsCountAsRequestsAndErrorsWithTheFirstReason() {
        LoginTally tally = new LoginTally();
        tally.succeeded(200_000_000L);
        tally.failed(100_000_000L, new LoginFailure("login form: 400 \"expired\"", 400));
        tally.failed(300_000_000L, new LoginFailure("token: no id_token", 0));
        tally.broken(400_000_000L, new IOException("reset"));
        String json = tally.json(2);
        assertTrue(json.contains("\"requests\":4,"), json);
        assertTrue(json.contains("\"rps\":2.000,"), json);
        assertTrue(json.contains("\"p50_ms\":200.000,"), json);
        assertTrue(json.contains("\"check_errors\":2,\"socket_errors\":1,\"non2xx\":1,\"errors\":3,"), json);
        assertTrue(json.contains("\"first_error\":\"login form: 400 \\u0022expired\\u0022\"}"), json);
    }

    @Test
    void anEmptyWindowHasNoLatency() {
        String json = new LoginTally().json(5);
        assertTrue(json.startsWith("{\"requests\":0,\"seconds\":5.000,\"rps\":0.000,\"p50_ms\":0.000,"), json);
    }
}

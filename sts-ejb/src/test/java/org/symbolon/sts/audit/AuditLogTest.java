package org.symbolon.sts.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    @Test
    void writesAnExchangeEventAsJsonInItsOrder() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("subjectTokenType", "urn:ietf:params:oauth:token-type:access_token");
        event.put("requestedTokenType", null);
        event.put("subject", "alice \"the\" admin\n");
        event.put("actor", "gateway");
        event.put("impersonation", false);
        event.put("act", Map.of("sub", "gateway"));
        event.put("audience", List.of("https://api.example", "orders"));
        event.put("lifetime", 300L);
        assertEquals("{\"subjectTokenType\":\"urn:ietf:params:oauth:token-type:access_token\","
                + "\"requestedTokenType\":null,\"subject\":\"alice \\\"the\\\" admin\\n\",\"actor\":\"gateway\","
                + "\"impersonation\":false,\"act\":{\"sub\":\"gateway\"},"
                + "\"audience\":[\"https://api.example\",\"orders\"],\"lifetime\":300}", AuditLog.toJson(event));
    }

    @Test
    void writesNothingForNoDetails() {
        assertNull(AuditLog.toJson(null));
        assertEquals("{}", AuditLog.toJson(Map.of()));
    }
}

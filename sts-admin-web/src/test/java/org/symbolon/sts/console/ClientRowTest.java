package org.symbolon.sts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.trust.ClientView;
import org.symbolon.sts.trust.OidcSettings;

class ClientRowTest {

    @Test
    void showsEachListCommaSeparated() {
        ClientRow row = new ClientRow(client(List.of("client_credentials"), List.of("read", "write"),
                List.of("https://api.example.test"), true));

        assertEquals("billing", row.getClientId());
        assertEquals("Billing service", row.getName());
        assertEquals("client_credentials", row.getGrantTypes());
        assertEquals("read, write", row.getScopes());
        assertEquals("https://api.example.test", row.getAudiences());
        assertEquals("300 s", row.getTokenLifetime());
        assertEquals("RS256", row.getSigningAlgorithm());
        assertEquals("Yes", row.getEnabled());
    }

    @Test
    void showsNoneForEmptyListsAndNoForDisabled() {
        ClientRow row = new ClientRow(client(List.of(), List.of(), null, false));

        assertEquals("none", row.getGrantTypes());
        assertEquals("none", row.getScopes());
        assertEquals("none", row.getAudiences());
        assertEquals("No", row.getEnabled());
    }

    private static ClientView client(List<String> grants, List<String> scopes, List<String> audiences,
            boolean enabled) {
        LocalDateTime now = LocalDateTime.now();
        return new ClientView("billing", "Billing service", grants, scopes, audiences, List.of(), 300, "RS256",
                null, List.of(), List.of(), List.of(), false, null, "[]", enabled, true, now, now, OidcSettings.DEFAULT);
    }
}

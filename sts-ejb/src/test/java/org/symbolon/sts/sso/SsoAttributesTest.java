package org.symbolon.sts.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.claims.ClaimsRuleParser;
import org.symbolon.sts.claims.ClaimsRuleSet;
import org.symbolon.sts.users.LocalUser;

class SsoAttributesTest {

    private static final LocalUser ALICE = new LocalUser("7f1c", "alice", "Alice Liddell", "alice@example.com",
            Map.of("dept", List.of("sales", "emea"), "room", List.of("12")), List.of("buyers", "staff"), true);

    private static ClaimsRuleSet rules(String json) {
        return ClaimsRuleParser.parse(Json.createReader(new StringReader(json)).readArray(), "attributeRules",
                "attributeRules");
    }

    @Test
    void withoutRulesNothingIsReleased() {
        assertEquals(Map.of(), SsoAttributes.of(ALICE, ClaimsRuleSet.EMPTY));
    }

    @Test
    void rulesReleaseClaimsAndUserAttributesAsStrings() {
        assertEquals(Map.of("urn:oid:0.9.2342.19200300.100.1.3", List.of("alice@example.com"),
                "memberOf", List.of("buyers", "staff"), "department", List.of("sales", "emea"),
                "room", List.of("12"), "uid", List.of("7f1c")),
                SsoAttributes.of(ALICE, rules("[{\"kind\":\"rename\",\"claim\":\"email\","
                        + "\"target\":\"urn:oid:0.9.2342.19200300.100.1.3\"},"
                        + "{\"kind\":\"copy\",\"claim\":\"groups\",\"target\":\"memberOf\"},"
                        + "{\"kind\":\"copy\",\"claim\":\"dept\",\"target\":\"department\"},"
                        + "{\"kind\":\"copy\",\"claim\":\"room\",\"target\":\"room\"},"
                        + "{\"kind\":\"copy\",\"claim\":\"sub\",\"target\":\"uid\"}]")));
    }

    @Test
    void aUserWithoutEmailOrGroupsReleasesNoEmptyAttribute() {
        LocalUser bare = new LocalUser("9a", "bob", null, null, Map.of(), List.of(), true);
        assertEquals(Map.of(), SsoAttributes.of(bare, rules("[{\"kind\":\"copy\",\"claim\":\"groups\","
                + "\"target\":\"memberOf\"},{\"kind\":\"copy\",\"claim\":\"email\",\"target\":\"mail\"}]")));
    }
}

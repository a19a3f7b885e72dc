package org.symbolon.sts.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.error.StsException;

class ClaimsRuleSetTest {

    private static final ClaimsSource ACME = new ClaimsSource("acme", "https://idp.acme.test");

    static ClaimsRuleSet rules(String json) {
        try (var reader = Json.createReader(new StringReader(json.replace('\'', '"')))) {
            return ClaimsRuleParser.parse(reader.readValue(), "incomingRules", "incoming");
        }
    }

    private static ClaimsResult apply(String json, Map<String, Object> claims) {
        return rules(json).apply(ACME, ClaimsResult.input(claims));
    }

    private static Map<String, Object> claims(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void mapTurnsGroupsIntoRolesAndDropsUnmappedValues() {
        ClaimsResult r = apply("[{'kind':'map','claim':'groups','target':'role',"
                + "'values':{'acme-buyers':'buyer','acme-admins':'admin'}}]",
                claims("sub", "alice", "groups", List.of("acme-buyers", "staff")));
        assertEquals(List.of("buyer"), r.claims().get("role"));
        assertEquals(List.of("acme-buyers", "staff"), r.claims().get("groups"));
        assertEquals("incoming rule #1 (map)", r.producedBy().get("role"));
        assertEquals("input", r.producedBy().get("groups"));
    }

    @Test
    void mapKeepsUnmappedValuesOrUsesTheDefaultWhenAsked() {
        Map<String, Object> in = claims("dept", "sales");
        assertEquals("sales", apply("[{'kind':'map','claim':'dept','values':{'hr':'people'},'keepUnmapped':true}]", in)
                .claims().get("dept"));
        assertEquals("other", apply("[{'kind':'map','claim':'dept','values':{'hr':'people'},'default':'other'}]", in)
                .claims().get("dept"));
        assertFalse(apply("[{'kind':'map','claim':'dept','values':{'hr':'people'}}]", in).claims().containsKey("dept"));
    }

    @Test
    void renameCopyConstantAndDropApplyInOrder() {
        ClaimsResult r = apply("[{'kind':'rename','claim':'mail','target':'email'},"
                + "{'kind':'copy','claim':'email','target':'upn'},"
                + "{'kind':'constant','claim':'tenant','value':['acme','eu']},"
                + "{'kind':'drop','claim':'internal_id'}]",
                claims("sub", "alice", "mail", "a@acme.test", "internal_id", 42));
        assertEquals(claims("sub", "alice", "email", "a@acme.test", "upn", "a@acme.test", "tenant", List.of("acme", "eu")),
                r.claims());
        assertEquals("incoming rule #1 (rename)", r.producedBy().get("email"));
        assertEquals("incoming rule #2 (copy)", r.producedBy().get("upn"));
        assertEquals("incoming rule #3 (constant)", r.producedBy().get("tenant"));
        assertFalse(r.producedBy().containsKey("internal_id"));
    }

    @Test
    void regexReplacesEachValueIntoTheTarget() {
        ClaimsResult r = apply("[{'kind':'regex','claim':'email','pattern':'@acme\\\\.test$',"
                + "'replacement':'@acme.example','target':'mail'}]", claims("email", "a@acme.test"));
        assertEquals("a@acme.example", r.claims().get("mail"));
        assertEquals("a@acme.test", r.claims().get("email"));
    }

    @Test
    void regexLeavesOutValuesLongerThanFourKibibytes() {
        ClaimsResult r = apply("[{'kind':'regex','claim':'x','pattern':'a','replacement':'b','target':'y'}]",
                claims("x", List.of("a".repeat(4097), "aa")));
        assertEquals(List.of("bb"), r.claims().get("y"));
    }

    @Test
    void regexThatBacktracksTooLongFailsClosed() {
        // ^(.*a){12}b passes the cheap nested-quantifier check yet backtracks polynomially: the step budget stops it.
        ClaimsRuleSet set = rules("[{'kind':'regex','claim':'x','pattern':'^(.*a){12}b','replacement':'','target':'y'}]");
        ClaimsResult in = ClaimsResult.input(claims("x", "a".repeat(200) + "!"));
        assertThrows(StsException.class, () -> set.apply(ACME, in));
    }

    @Test
    void conditionsMustAllHold() {
        String json = "[{'kind':'constant','claim':'tier','value':'gold',"
                + "'when':{'issuer':'acme','present':'groups','equals':{'claim':'dept','value':'sales'}}}]";
        assertEquals("gold", apply(json, claims("groups", "g", "dept", "sales")).claims().get("tier"));
        assertFalse(apply(json, claims("groups", "g", "dept", "hr")).claims().containsKey("tier"));
        assertFalse(apply(json, claims("dept", "sales")).claims().containsKey("tier"));
        assertFalse(rules(json).apply(new ClaimsSource("other", "https://other.test"),
                ClaimsResult.input(claims("groups", "g", "dept", "sales"))).claims().containsKey("tier"));
    }

    @Test
    void issuerConditionAlsoMatchesTheTokensIss() {
        String json = "[{'kind':'constant','claim':'tier','value':1,'when':{'issuer':'https://idp.acme.test'}}]";
        assertEquals(1L, apply(json, claims()).claims().get("tier"));
    }

    @Test
    void protectedClaimsCanBeReadButSurviveEveryRule() {
        ClaimsResult r = apply("[{'kind':'copy','claim':'sub','target':'user'}]", claims("sub", "alice"));
        assertEquals("alice", r.claims().get("user"));
        assertEquals("alice", r.claims().get("sub"));
    }

    @Test
    void laterListsBuildOnEarlierOnesAndKeepTheirLabels() {
        ClaimsResult incoming = apply("[{'kind':'constant','claim':'role','value':'buyer'}]", claims());
        ClaimsRuleSet outgoing;
        try (var reader = Json.createReader(new StringReader(
                "[{\"kind\":\"copy\",\"claim\":\"role\",\"target\":\"roles\"}]"))) {
            outgoing = ClaimsRuleParser.parse(reader.readValue(), "outgoingRules", "outgoing");
        }
        ClaimsResult r = outgoing.apply(ACME, incoming);
        assertEquals("incoming rule #1 (constant)", r.producedBy().get("role"));
        assertEquals("outgoing rule #1 (copy)", r.producedBy().get("roles"));
    }

    @Test
    void onlyRuleProducedUnprotectedClaimsGoIntoIssuedTokens() {
        ClaimsResult r = apply("[{'kind':'copy','claim':'email','target':'email'},{'kind':'constant','claim':'tier','value':'gold'}]",
                claims("sub", "alice", "email", "a@acme.test", "groups", List.of("g"), "exchange_chain", List.of("x")));
        assertEquals(claims("email", "a@acme.test", "tier", "gold"), r.produced());
    }

    @Test
    void theExchangeChainIsProtectedToo() {
        assertEquals("incomingRules[0].claim",
                assertThrows(StsException.class, () -> rules("[{'kind':'drop','claim':'exchange_chain'}]")).field());
    }
}

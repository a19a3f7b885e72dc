package org.symbolon.sts.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbolon.sts.error.StsException;

class ClaimsRuleParserTest {

    private static StsException refused(String json) {
        return assertThrows(StsException.class, () -> ClaimsRuleSetTest.rules(json));
    }

    @Test
    void unknownKindIsRefusedNamingTheField() {
        StsException e = refused("[{'kind':'copy','claim':'a','target':'b'},{'kind':'eval','claim':'a'}]");
        assertEquals("invalid_request", e.error());
        assertEquals(400, e.status());
        assertEquals("incomingRules[1].kind", e.field());
        assertTrue(e.description().contains("unknown rule kind"));
    }

    @Test
    void invalidRegexIsRefused() {
        StsException e = refused("[{'kind':'regex','claim':'a','pattern':'(unclosed','replacement':''}]");
        assertEquals("incomingRules[0].pattern", e.field());
        assertTrue(e.description().startsWith("invalid regular expression"));
    }

    @Test
    void replacementMustNameGroupsThePatternHas() {
        assertEquals("incomingRules[0].replacement",
                refused("[{'kind':'regex','claim':'a','pattern':'(x)','replacement':'$2'}]").field());
        assertEquals("incomingRules[0].replacement",
                refused("[{'kind':'regex','claim':'a','pattern':'(x)','replacement':'${user}'}]").field());
        assertEquals("incomingRules[0].replacement",
                refused("[{'kind':'regex','claim':'a','pattern':'x','replacement':'ends with \\\\'}]").field());
        assertEquals(1, ClaimsRuleSetTest.rules("[{'kind':'regex','claim':'a','pattern':'(?<user>[^@]+)@(.*)',"
                + "'replacement':'${user} at $2 costs \\\\$5'}]").rules().size());
    }

    @Test
    void longAndCatastrophicPatternsAreRefused() {
        assertEquals("incomingRules[0].pattern", refused("[{'kind':'regex','claim':'a','pattern':'"
                + "x".repeat(513) + "','replacement':''}]").field());
        assertTrue(refused("[{'kind':'regex','claim':'a','pattern':'^(a+)+$','replacement':''}]").description()
                .contains("nested quantifiers"));
        assertTrue(refused("[{'kind':'regex','claim':'a','pattern':'(\\\\w*x){2,}','replacement':''}]").description()
                .contains("nested quantifiers"));
    }

    @Test
    void protectedClaimsCannotBeSetRenamedOrDropped() {
        assertEquals("incomingRules[0].claim", refused("[{'kind':'constant','claim':'sub','value':'x'}]").field());
        assertEquals("incomingRules[0].target", refused("[{'kind':'copy','claim':'email','target':'iss'}]").field());
        assertEquals("incomingRules[0].claim", refused("[{'kind':'rename','claim':'aud','target':'x'}]").field());
        assertEquals("incomingRules[0].claim", refused("[{'kind':'drop','claim':'scope'}]").field());
        assertEquals("incomingRules[0].claim",
                refused("[{'kind':'map','claim':'cnf','values':{'a':'b'}}]").field());
        assertEquals("incomingRules[0].target",
                refused("[{'kind':'regex','claim':'email','target':'client_id','pattern':'a','replacement':''}]")
                        .field());
    }

    @Test
    void missingPartsAreRefused() {
        assertEquals("incomingRules[0].claim", refused("[{'kind':'drop'}]").field());
        assertEquals("incomingRules[0].kind", refused("[{'claim':'a'}]").field());
        assertEquals("incomingRules[0].values", refused("[{'kind':'map','claim':'a','values':{}}]").field());
        assertEquals("incomingRules[0].value", refused("[{'kind':'constant','claim':'a'}]").field());
        assertEquals("incomingRules[0].replacement",
                refused("[{'kind':'regex','claim':'a','pattern':'b'}]").field());
        assertEquals("incomingRules[0].when.equals.value",
                refused("[{'kind':'drop','claim':'a','when':{'equals':{'claim':'x'}}}]").field());
        assertEquals("incomingRules[0]", refused("['copy']").field());
        assertEquals("incomingRules", refused("{}").field());
    }

    @Test
    void atMostOneHundredRules() {
        String rule = "{'kind':'drop','claim':'a'}";
        assertEquals(100, ClaimsRuleSetTest.rules("[" + String.join(",", java.util.Collections.nCopies(100, rule))
                + "]").rules().size());
        assertEquals("incomingRules",
                refused("[" + String.join(",", java.util.Collections.nCopies(101, rule)) + "]").field());
    }

    @Test
    void storedRulesReadBackAsSaved() {
        ClaimsRuleSet set = ClaimsRuleSetTest.rules("[{'kind':'drop','claim':'a'}]");
        assertEquals(set.json(), ClaimsRuleParser.fromText(set.json(), "incomingRules", "incoming").json());
        assertTrue(ClaimsRuleParser.fromText(null, "incomingRules", "incoming").isEmpty());
    }
}

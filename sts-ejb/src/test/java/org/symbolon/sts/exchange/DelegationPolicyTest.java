package org.symbolon.sts.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.claims.ClaimsRuleSet;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.ExchangePolicy;
import org.symbolon.sts.trust.OidcSettings;

class DelegationPolicyTest {

    private static final String OURS = "https://sts.test";
    private final DelegationPolicy policy = new DelegationPolicy();

    @Test
    void withoutActorTokenTheClientActsAndEarlierActorsNest() {
        SubjectToken subject = token("alice", Map.of("sub", "gateway"), null);
        assertEquals(Map.of("sub", "backend", "act", Map.of("sub", "gateway")),
                policy.act(client("backend", ExchangePolicy.DEFAULT), subject, null));
    }

    @Test
    void impersonationNeedsPolicyAndAddsNoActor() {
        ExchangePolicy impersonating = new ExchangePolicy(Set.of(), Set.of(), Set.of(), true);
        assertNull(policy.act(client("svc", impersonating), token("alice", null, null), null));
    }

    @Test
    void actorNamedByMayActIsAccepted() {
        SubjectToken subject = token("alice", null, Map.of("sub", "robot"));
        assertEquals(Map.of("sub", "robot"),
                policy.act(client("svc", ExchangePolicy.DEFAULT), subject, token("robot", null, null)));
    }

    @Test
    void actorNamedByPolicyIsAccepted() {
        ExchangePolicy allowsRobot = new ExchangePolicy(Set.of(), Set.of(), Set.of("robot"), false);
        assertEquals(Map.of("sub", "robot"),
                policy.act(client("svc", allowsRobot), token("alice", null, null), token("robot", null, null)));
    }

    @Test
    void actorNamedByNobodyIsRefused() {
        SubjectToken subject = token("alice", null, Map.of("sub", "robot"));
        StsException e = assertThrows(StsException.class,
                () -> policy.act(client("svc", ExchangePolicy.DEFAULT), subject, token("intruder", null, null)));
        assertEquals("invalid_request", e.error());
    }

    @Test
    void mayActFromAnotherIssuerMustNameThatIssuer() {
        SubjectToken subject = token("alice", null, Map.of("sub", "robot", "iss", "https://elsewhere.test"));
        assertThrows(StsException.class,
                () -> policy.act(client("svc", ExchangePolicy.DEFAULT), subject, token("robot", null, null)));
    }

    private static SubjectToken token(String sub, Map<String, Object> act, Map<String, Object> mayAct) {
        return new SubjectToken(SubjectToken.SELF, OURS, sub, sub, "c", List.of(), Set.of(), 0, List.of(), act,
                mayAct, Map.of());
    }

    private static Client client(String id, ExchangePolicy exchange) {
        return new Client(id, id, null, Set.of(), Set.of(), List.of(), List.of(), 300, "RS256", null, null, exchange,
                null, ClaimsRuleSet.EMPTY, OidcSettings.DEFAULT, true, null, null);
    }
}

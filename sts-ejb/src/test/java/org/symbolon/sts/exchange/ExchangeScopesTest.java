package org.symbolon.sts.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.claims.ClaimsRuleSet;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.ExchangePolicy;
import org.symbolon.sts.trust.OidcSettings;

class ExchangeScopesTest {

    private final Client client = new Client("svc", "svc", null, Set.of(), Set.of("a", "b", "c"), List.of(), List.of(),
            300, "RS256", null, null, ExchangePolicy.DEFAULT, null, ClaimsRuleSet.EMPTY, OidcSettings.DEFAULT, true, null, null);

    @Test
    void withoutAScopeParameterTheIntersectionIsGranted() {
        assertEquals(Set.of("a", "b"), ExchangeScopes.grant(client, subject(Set.of("a", "b", "z")), null));
    }

    @Test
    void aPartnerTokenWithoutScopesIsBoundedByPolicy() {
        assertEquals(Set.of("a", "b", "c"), ExchangeScopes.grant(client, subject(null), null));
    }

    @Test
    void requestingMoreThanTheSubjectTokenHoldsIsInvalidScope() {
        StsException e = assertThrows(StsException.class,
                () -> ExchangeScopes.grant(client, subject(Set.of("a")), "a b"));
        assertEquals("invalid_scope", e.error());
        assertEquals(Set.of("a"), ExchangeScopes.grant(client, subject(Set.of("a", "b")), "a"));
    }

    private static SubjectToken subject(Set<String> scopes) {
        return new SubjectToken("p", "https://p", "p:x", "x", null, List.of(), scopes, 0, List.of(), null, null, java.util.Map.of());
    }
}

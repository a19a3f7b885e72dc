package org.symbolon.sts.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.claims.ClaimsRuleSet;

class PartnerIssuerTest {

    @Test
    void disablingChangesOnlyTheFlagAndTheTimeOfChange() {
        LocalDateTime created = LocalDateTime.of(2026, 1, 1, 12, 0);
        PartnerIssuer partner = new PartnerIssuer("acme", "https://idp.acme.test", "ACME", PartnerIssuer.PROTOCOL_JWT,
                null, "https://idp.acme.test/jwks", null, Set.of(TokenTypes.JWT), "https://sts.test",
                Set.of(JWSAlgorithm.RS256), ClaimsRuleSet.EMPTY, true, created, created);
        LocalDateTime changed = created.plusDays(3);

        PartnerIssuer disabled = partner.withEnabled(false, changed);

        assertFalse(disabled.enabled());
        assertEquals(changed, disabled.updatedAt());
        assertEquals(partner, disabled.withEnabled(true, created), "everything else is as it was");
    }
}

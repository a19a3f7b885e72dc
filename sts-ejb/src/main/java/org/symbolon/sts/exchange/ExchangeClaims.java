package org.symbolon.sts.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.symbolon.sts.claims.ClaimsPipeline;
import org.symbolon.sts.claims.ClaimsResult;
import org.symbolon.sts.claims.ClaimsRuleSet;
import org.symbolon.sts.claims.ClaimsSource;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.PartnerDirectory;
import org.symbolon.sts.trust.PartnerIssuer;

/** The subject token's claims after its partner's incoming and the client's outgoing claims rules. */
@ApplicationScoped
public class ExchangeClaims {

    @Inject
    PartnerDirectory partners;

    public ClaimsResult transform(Client client, SubjectToken subject) {
        // Our own tokens were shaped when issued: only the receiving client's rules apply to them.
        ClaimsRuleSet incoming = subject.isOurs() ? ClaimsRuleSet.EMPTY
                : partners.byIssuer(subject.issuer()).map(PartnerIssuer::incomingRules).orElse(ClaimsRuleSet.EMPTY);
        return ClaimsPipeline.run(new ClaimsSource(subject.issuerId(), subject.issuer()), subject.claims(), incoming,
                client.outgoingRules());
    }
}

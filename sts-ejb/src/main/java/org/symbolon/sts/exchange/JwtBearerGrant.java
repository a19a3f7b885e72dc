package org.symbolon.sts.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.symbolon.sts.authn.AssertionReplayCache;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.GrantTypes;
import org.symbolon.sts.trust.TokenTypes;

/** RFC 7523 section 2.1: a trusted partner's signed JWT as an authorization grant; one with a {@code jti} is accepted once. */
@ApplicationScoped
public class JwtBearerGrant extends AssertionGrant {

    @Inject
    PartnerJwtValidator partners;

    @Inject
    AssertionReplayCache replays;

    @Override
    public String grantType() {
        return GrantTypes.JWT_BEARER;
    }

    @Override
    protected String assertionType() {
        return TokenTypes.JWT;
    }

    @Override
    protected SubjectToken validate(String assertion, Client client) {
        SubjectToken subject = partners.validate(assertion, TokenTypes.JWT, client, "assertion");
        Object jti = subject.claims().get("jti");
        if (jti instanceof String id && !replays.firstUse(subject.issuer(), id, subject.expiresAtMillis())) {
            throw StsException.invalidGrant("The assertion was already used");
        }
        return subject;
    }
}

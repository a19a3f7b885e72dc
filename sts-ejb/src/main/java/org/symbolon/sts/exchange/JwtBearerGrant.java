package org.symbolon.sts.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.symbolon.sts.authn.AssertionReplayCache;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.AccessTokenIssuer;
import org.symbolon.sts.token.IssuedToken;
import org.symbolon.sts.token.TokenClaims;
import org.symbolon.sts.token.grant.GrantHandler;
import org.symbolon.sts.token.grant.TokenRequest;
import org.symbolon.sts.token.grant.TokenResponse;
import org.symbolon.sts.token.grant.TokenScopes;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.GrantTypes;
import org.symbolon.sts.trust.TokenTypes;

/**
 * RFC 7523 section 2.1: a trusted partner's signed JWT as an authorization grant. Validated and
 * transformed by claims rules exactly as a subject token at the exchange; a refused assertion is
 * {@code invalid_grant}, and an assertion with a {@code jti} is accepted once.
 */
@ApplicationScoped
public class JwtBearerGrant implements GrantHandler {

    @Inject
    PartnerJwtValidator partners;

    @Inject
    AssertionReplayCache replays;

    @Inject
    TokenScopes targets;

    @Inject
    AccessTokenIssuer issuer;

    @Inject
    ExchangeClaims claimsRules;

    @Override
    public String grantType() {
        return GrantTypes.JWT_BEARER;
    }

    @Override
    public TokenResponse handle(Client client, TokenRequest request) {
        String assertion = request.required("assertion");
        SubjectToken subject;
        try {
            subject = partners.validate(assertion, TokenTypes.JWT, client, "assertion");
        } catch (StsException e) {
            throw StsException.invalidGrant(e.description());
        }
        Object jti = subject.claims().get("jti");
        if (jti instanceof String id && !replays.firstUse(subject.issuer(), id, subject.expiresAtMillis())) {
            throw StsException.invalidGrant("The assertion was already used");
        }
        Set<String> scopes = ExchangeScopes.grant(client, subject, request.optional("scope"));
        List<String> audience = targets.audience(client, request.all("resource"), request.all("audience"));
        long lifetime = Math.min(client.accessTokenLifetime(),
                (subject.expiresAtMillis() - System.currentTimeMillis()) / 1000);
        if (lifetime <= 0) {
            throw StsException.invalidGrant("The assertion expires too soon");
        }
        IssuedToken token = issuer.issue(client, new TokenClaims(TokenClaims.AT_JWT, subject.subject(),
                client.clientId(), scopes, audience, lifetime, null, List.of(),
                claimsRules.transform(client, subject).produced()));
        return new TokenResponse(token.value(), "Bearer", lifetime, scopes.isEmpty() ? null : String.join(" ", scopes),
                null);
    }
}

package org.symbolon.sts.exchange;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.AccessTokenIssuer;
import org.symbolon.sts.token.IssuedToken;
import org.symbolon.sts.token.TokenClaims;
import org.symbolon.sts.token.grant.GrantHandler;
import org.symbolon.sts.token.grant.TokenRequest;
import org.symbolon.sts.token.grant.TokenResponse;
import org.symbolon.sts.token.grant.TokenScopes;
import org.symbolon.sts.trust.Client;

/**
 * An assertion used as an authorization grant (RFC 7521 section 4.1): a partner's assertion in the
 * {@code assertion} parameter, validated as a subject token is at the exchange, becomes an access
 * token for its subject, shaped by the same claims rules. A refused assertion is {@code invalid_grant};
 * every attempt is audited like an exchange.
 */
abstract class AssertionGrant implements GrantHandler {

    @Inject
    TokenScopes targets;

    @Inject
    AccessTokenIssuer issuer;

    @Inject
    ExchangeClaims claimsRules;

    @Inject
    AuditLog audit;

    /** Validates the assertion for this client, using it up where it may be used once. */
    protected abstract SubjectToken validate(String assertion, Client client);

    /** The token type of the assertion, for the audit. */
    protected abstract String assertionType();

    @Override
    public TokenResponse handle(Client client, TokenRequest request) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("grantType", grantType());
        event.put("subjectTokenType", assertionType());
        try {
            TokenResponse response = grant(client, request, event);
            audit.later(client.clientId(), "token.assertion-grant", String.valueOf(event.get("subject")), "success",
                    event);
            return response;
        } catch (StsException e) {
            event.put("error", e.error());
            audit.later(client.clientId(), "token.assertion-grant", String.valueOf(event.get("subject")), "failure",
                    event);
            throw e;
        }
    }

    private TokenResponse grant(Client client, TokenRequest request, Map<String, Object> event) {
        String assertion = request.required("assertion");
        SubjectToken subject;
        try {
            subject = validate(assertion, client);
        } catch (StsException e) {
            throw "invalid_request".equals(e.error()) ? StsException.invalidGrant(e.description()) : e;
        }
        event.put("subject", subject.subject());
        event.put("sourceIssuer", subject.issuer());
        Set<String> scopes = ExchangeScopes.grant(client, subject, request.optional("scope"));
        List<String> audience = targets.audience(client, request.all("resource"), request.all("audience"));
        event.put("audience", audience);
        long lifetime = Math.min(client.accessTokenLifetime(),
                (subject.expiresAtMillis() - System.currentTimeMillis()) / 1000);
        if (lifetime <= 0) {
            throw StsException.invalidGrant("The assertion expires too soon");
        }
        IssuedToken token = issuer.issue(client, new TokenClaims(TokenClaims.AT_JWT, subject.subject(),
                client.clientId(), scopes, audience, lifetime, null, List.of(),
                claimsRules.transform(client, subject).produced()));
        event.put("jti", token.jti());
        return new TokenResponse(token.value(), "Bearer", lifetime, scopes.isEmpty() ? null : String.join(" ", scopes),
                null);
    }
}

package org.symbolon.sts.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbolon.sts.audit.AuditLog;
import org.symbolon.sts.claims.ClaimsResult;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.token.AccessTokenIssuer;
import org.symbolon.sts.token.AssertionRecord;
import org.symbolon.sts.token.IssuedAssertions;
import org.symbolon.sts.token.IssuedToken;
import org.symbolon.sts.token.TokenClaims;
import org.symbolon.sts.token.grant.GrantHandler;
import org.symbolon.sts.token.saml.IssuedAssertion;
import org.symbolon.sts.token.grant.TokenRequest;
import org.symbolon.sts.token.grant.TokenResponse;
import org.symbolon.sts.token.grant.TokenScopes;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.GrantTypes;
import org.symbolon.sts.trust.TokenTypes;

/** OAuth 2.0 Token Exchange (RFC 8693): a validated subject token becomes a token for a target audience. */
@ApplicationScoped
public class TokenExchangeGrant implements GrantHandler {

    @Inject
    SubjectTokenReader tokens;

    @Inject
    DelegationPolicy delegation;

    @Inject
    TokenScopes targets;

    @Inject
    AccessTokenIssuer issuer;

    @Inject
    AuditLog audit;

    @Inject
    SamlExchangeWriter saml;

    @Inject
    IssuedAssertions assertions;

    @Inject
    ExchangeClaims claimsRules;

    @Override
    public String grantType() {
        return GrantTypes.TOKEN_EXCHANGE;
    }

    @Override
    public TokenResponse handle(Client client, TokenRequest request) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("subjectTokenType", request.optional("subject_token_type"));
        event.put("requestedTokenType", request.optional("requested_token_type"));
        try {
            TokenResponse response = exchange(client, request, event);
            audit.later(client.clientId(), "token.exchange", String.valueOf(event.get("subject")), "success", event);
            return response;
        } catch (StsException e) {
            event.put("error", e.error());
            audit.later(client.clientId(), "token.exchange", String.valueOf(event.get("subject")), "failure", event);
            throw e;
        }
    }

    private TokenResponse exchange(Client client, TokenRequest request, Map<String, Object> event) {
        String requested = requestedType(client, request.optional("requested_token_type"));
        SubjectToken subject = tokens.read(request.required("subject_token"), request.required("subject_token_type"),
                client, "subject_token");
        event.put("subject", subject.subject());
        event.put("sourceIssuer", subject.issuer());
        if (subject.isOurs() && !client.clientId().equals(subject.clientId())
                && !subject.audience().contains(client.clientId())) {
            throw StsException.invalidRequest("The subject_token was not issued to or for this client");
        }
        SubjectToken actor = actor(client, request);
        Map<String, Object> act = delegation.act(client, subject, actor);
        event.put("actor", actor == null ? client.clientId() : actor.subject());
        event.put("impersonation", delegation.impersonates(client, actor));
        Set<String> scopes = ExchangeScopes.grant(client, subject, request.optional("scope"));
        long remaining = (subject.expiresAtMillis() - System.currentTimeMillis()) / 1000;
        long lifetime = Math.min(client.accessTokenLifetime(), remaining);
        if (lifetime <= 0) {
            throw StsException.invalidRequest("The subject_token expires too soon to be exchanged");
        }
        ClaimsResult claims = claimsRules.transform(client, subject);
        if (TokenTypes.SAML2.equals(requested)) {
            List<String> targetsAsked = new ArrayList<>(request.all("resource"));
            targetsAsked.addAll(request.all("audience"));
            IssuedAssertion assertion = saml.write(client, subject, claims.claims(), targetsAsked, lifetime);
            assertions.remember(new AssertionRecord(assertion.id(), client.clientId(), subject.subject(),
                    client.saml().entityId(), UtcClock.now(), UtcClock.of(assertion.notOnOrAfter()),
                    subject.isOurs() ? subject.chain() : List.of(), act));
            event.put("audience", List.of(client.saml().entityId()));
            event.put("assertionId", assertion.id());
            return new TokenResponse(SamlExchangeWriter.encode(assertion), "N_A", lifetime, null, requested);
        }
        List<String> audience = targets.audience(client, request.all("resource"), request.all("audience"));
        event.put("audience", audience);
        String typ = TokenTypes.ACCESS_TOKEN.equals(requested) ? TokenClaims.AT_JWT : TokenClaims.JWT;
        IssuedToken token = issuer.issue(client, new TokenClaims(typ, subject.subject(), client.clientId(), scopes,
                audience, lifetime, act, subject.isOurs() ? subject.chain() : List.of(),
                claims.produced()));
        event.put("jti", token.jti());
        return new TokenResponse(token.value(), TokenTypes.ACCESS_TOKEN.equals(requested) ? "Bearer" : "N_A",
                lifetime, scopes.isEmpty() ? null : String.join(" ", scopes), requested);
    }

    private SubjectToken actor(Client client, TokenRequest request) {
        String actorToken = request.optional("actor_token");
        String actorType = request.optional("actor_token_type");
        if ((actorToken == null) != (actorType == null)) {
            throw StsException.invalidRequest("actor_token and actor_token_type must be given together");
        }
        return actorToken == null ? null : tokens.read(actorToken, actorType, client, "actor_token");
    }

    private static String requestedType(Client client, String requested) {
        String type = requested == null ? TokenTypes.ACCESS_TOKEN : requested;
        if (!TokenTypes.ISSUABLE.contains(type)) {
            throw StsException.invalidRequest("Unsupported requested_token_type (supported: "
                    + String.join(", ", TokenTypes.ISSUABLE) + ")");
        }
        if (!client.exchange().tokenTypes().contains(type)) {
            throw StsException.invalidRequest("This client may not receive tokens of the requested type");
        }
        return type;
    }
}

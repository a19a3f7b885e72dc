package org.symbolon.sts.rest.oauth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.oidc.RefreshTokenInfo;
import org.symbolon.sts.oidc.RefreshTokens;
import org.symbolon.sts.rest.JsonOutput;
import org.symbolon.sts.token.AccessTokenVerifier;
import org.symbolon.sts.token.AssertionRecord;
import org.symbolon.sts.token.IssuedAssertions;
import org.symbolon.sts.token.TokenMetrics;
import org.symbolon.sts.token.VerifiedToken;
import org.symbolon.sts.token.grant.TokenRequest;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.TokenTypes;

/** RFC 7662 token introspection, for authenticated clients. Answered from memory only. */
@ApplicationScoped
@Path("/oauth2/introspect")
public class IntrospectionResource {

    private static final JsonObject INACTIVE = JsonOutput.object().add("active", false).build();

    @Inject
    ClientGate clients;

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    TokenMetrics metrics;

    @Inject
    IssuedAssertions assertions;

    @Inject
    StsConfig config;

    @Inject
    RefreshTokens refreshTokens;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OAuth 2.0 token introspection (RFC 7662)")
    public Response introspect(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        TokenRequest request = new TokenRequest(FormBody.read(contentType, body));
        Client client = clients.authenticate(authorization, request, "/oauth2/introspect");
        request.optional("token_type_hint");
        String value = request.required("token");
        Optional<JsonObject> answer = verifier.verifyIssued(value).map(IntrospectionResource::active)
                .or(() -> assertions.active(value).map(this::activeAssertion))
                .or(() -> refreshTokens.active(value, client).map(this::activeRefreshToken));
        metrics.introspected(answer.isPresent());
        return NoStore.json(answer.orElse(INACTIVE));
    }

    /** A current refresh token of the calling client, in RFC 7662 terms. */
    private JsonObject activeRefreshToken(RefreshTokenInfo r) {
        return JsonOutput.object()
                .add("active", true)
                .add("client_id", r.clientId())
                .add("sub", r.subject())
                .add("sid", r.sessionId())
                .add("scope", String.join(" ", r.scopes()))
                .add("iss", config.issuer())
                .add("iat", UtcClock.toInstant(r.issuedAt()).getEpochSecond())
                .add("exp", UtcClock.toInstant(r.expiresAt()).getEpochSecond())
                .build();
    }

    /** A SAML assertion we issued: its record in RFC 7662 terms. */
    private JsonObject activeAssertion(AssertionRecord a) {
        var json = JsonOutput.object()
                .add("active", true)
                .add("token_type", "N_A")
                .add("issued_token_type", TokenTypes.SAML2)
                .add("jti", a.id())
                .add("sub", a.subject())
                .add("aud", a.audience())
                .add("client_id", a.clientId())
                .add("iss", config.issuer())
                .add("iat", UtcClock.toInstant(a.issuedAt()).getEpochSecond())
                .add("exp", UtcClock.toInstant(a.expiresAt()).getEpochSecond());
        if (a.act() != null) {
            json.add("act", JsonOutput.object(a.act()));
        }
        if (!a.chain().isEmpty()) {
            json.add("exchange_chain", JsonOutput.array(a.chain()));
        }
        return json.build();
    }

    private static JsonObject active(VerifiedToken token) {
        var json = JsonOutput.object(token.claims().toJSONObject())
                .add("active", true)
                .add("token_type", "Bearer");
        return json.build();
    }
}

package org.symbolon.sts.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.token.AccessTokenIssuer;
import org.symbolon.sts.token.IssuedToken;
import org.symbolon.sts.token.TokenClaims;
import org.symbolon.sts.trust.Client;

/**
 * Issues a user's tokens for a grant, at the code redemption and at each refresh: an access token
 * whose subject is the client's view of the user (public or pairwise) with {@code sid} and
 * {@code auth_time}, and an ID token when {@code openid} was granted.
 */
@ApplicationScoped
public class UserTokens {

    @Inject
    AccessTokenIssuer issuer;

    @Inject
    IdTokenWriter idTokens;

    @Inject
    SubjectIdentifiers subjects;

    @Inject
    StsConfig config;

    public UserTokenSet issue(Client client, UserGrant grant, String nonce) {
        String subject = subjects.subject(client, grant.userId());
        List<String> audience = client.audiences().isEmpty() ? List.of(config.issuer()) : client.audiences();
        Map<String, Object> extra = Map.of("sid", grant.sessionId(), "auth_time", grant.authTime().getEpochSecond());
        TokenClaims claims = new TokenClaims(TokenClaims.AT_JWT, subject, client.clientId(), grant.scopes(), audience,
                client.accessTokenLifetime(), null, List.of(), extra);
        IssuedToken access = issuer.issue(client, claims);
        IssuedAccessToken id = new IssuedAccessToken(access.jti(),
                UtcClock.of(Instant.now().plusSeconds(access.expiresIn() + 1)));
        String idToken = grant.openid() ? idTokens.write(client, subject, grant, nonce, access.value()) : null;
        return new UserTokenSet(access, id, idToken);
    }
}

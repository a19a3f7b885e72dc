package org.symbolon.sts.token;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.config.Uuids;
import org.symbolon.sts.keys.CompactJws;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.trust.Client;

/** Writes RFC 9068 JWT access tokens, signed with the active key of the client's algorithm. */
@ApplicationScoped
public class AccessTokenIssuer {

    public static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

    @Inject
    StsConfig config;

    @Inject
    KeyRing keyRing;

    public IssuedToken issue(Client client, String subject, Set<String> scopes, List<String> audience) {
        return issue(client, TokenClaims.accessToken(subject, client.clientId(), scopes, audience,
                client.accessTokenLifetime()));
    }

    /** Signs the token with the active key of the client's algorithm. */
    public IssuedToken issue(Client client, TokenClaims token) {
        SigningAlgorithm alg = SigningAlgorithm.named(client.signingAlg()).orElse(SigningAlgorithm.RS256);
        LoadedKey key = keyRing.active(alg);
        long nowSeconds = System.currentTimeMillis() / 1000;
        String jti = Uuids.random();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        // Rule-produced claims first, so the registered claims below always win over them.
        token.extra().forEach(claims::claim);
        claims.issuer(config.issuer())
                .subject(token.subject())
                .audience(token.audience())
                .expirationTime(new Date((nowSeconds + token.lifetimeSeconds()) * 1000))
                .issueTime(new Date(nowSeconds * 1000))
                .jwtID(jti)
                .claim("client_id", token.clientId());
        if (!token.scopes().isEmpty()) {
            claims.claim("scope", String.join(" ", token.scopes()));
        }
        if (token.act() != null) {
            claims.claim("act", token.act());
        }
        if (!token.chain().isEmpty()) {
            claims.claim(TokenClaims.CHAIN_CLAIM, token.chain());
        }
        JOSEObjectType typ = TokenClaims.JWT.equals(token.typ()) ? JOSEObjectType.JWT : AT_JWT;
        return new IssuedToken(CompactJws.sign(key, typ, claims.build()), jti, token.lifetimeSeconds(), token.scopes());
    }
}

package org.symbolon.sts.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.keys.CompactJws;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.trust.Client;

/**
 * Writes OpenID Connect ID tokens (OIDC Core section 2), typ {@code JWT}, signed with the active key
 * of the client's ID token algorithm. They carry no {@code client_id} and no {@code at+jwt} type,
 * so {@code AccessTokenVerifier} never takes one for an access token.
 */
@ApplicationScoped
public class IdTokenWriter {

    @Inject
    StsConfig config;

    @Inject
    KeyRing keyRing;

    /** The ID token of this grant for the client, bound to the access token issued with it. */
    public String write(Client client, String subject, UserGrant grant, String nonce, String accessToken) {
        SigningAlgorithm alg = SigningAlgorithm.named(client.idTokenSigningAlg()).orElse(SigningAlgorithm.RS256);
        LoadedKey key = keyRing.active(alg);
        long now = System.currentTimeMillis() / 1000;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        ScopeClaims.released(grant.scopes(), grant.userClaims()).forEach(claims::claim);
        claims.issuer(config.issuer())
                .subject(subject)
                .audience(client.clientId())
                .expirationTime(new Date((now + client.accessTokenLifetime()) * 1000))
                .issueTime(new Date(now * 1000))
                .claim("auth_time", grant.authTime().getEpochSecond())
                .claim("sid", grant.sessionId())
                .claim("azp", client.clientId())
                .claim("at_hash", atHash(accessToken));
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        if (grant.acr() != null) {
            claims.claim("acr", grant.acr());
        }
        if (!grant.amr().isEmpty()) {
            claims.claim("amr", grant.amr());
        }
        return CompactJws.sign(key, JOSEObjectType.JWT, claims.build());
    }

    /** OIDC Core 3.1.3.6: base64url of the left half of the SHA-256 of the access token's ASCII. */
    public static String atHash(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

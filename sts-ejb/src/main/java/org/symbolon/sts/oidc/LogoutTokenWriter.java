package org.symbolon.sts.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.keys.CompactJws;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.trust.Client;

/**
 * Writes Logout Tokens (OIDC Back-Channel Logout 1.0 section 2.4), signed like the client's ID
 * tokens. Typed {@code logout+jwt}, with no {@code nonce} and no {@code client_id}, so neither an RP
 * nor our own verifiers can take one for an ID token or an access token.
 */
@ApplicationScoped
public class LogoutTokenWriter {

    public static final JOSEObjectType LOGOUT_JWT = new JOSEObjectType("logout+jwt");
    public static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    /** Long enough for one retry and the RP's clock skew; the specification asks for minutes at most. */
    static final long LIFETIME_SECONDS = 120;

    @Inject
    StsConfig config;

    @Inject
    KeyRing keyRing;

    /** The Logout Token telling the client that the user it knows as {@code subject} left session {@code sid}. */
    public String write(Client client, String subject, String sid) {
        SigningAlgorithm alg = SigningAlgorithm.named(client.idTokenSigningAlg()).orElse(SigningAlgorithm.RS256);
        LoadedKey key = keyRing.active(alg);
        long now = System.currentTimeMillis() / 1000;
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(config.issuer())
                .subject(subject)
                .audience(client.clientId())
                .issueTime(new Date(now * 1000))
                .expirationTime(new Date((now + LIFETIME_SECONDS) * 1000))
                .jwtID(UUID.randomUUID().toString())
                .claim("events", Map.of(EVENT, Map.of()))
                .claim("sid", sid)
                .build();
        return CompactJws.sign(key, LOGOUT_JWT, claims);
    }
}

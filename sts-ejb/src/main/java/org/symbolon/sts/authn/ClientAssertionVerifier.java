package org.symbolon.sts.authn;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.trust.Client;

/**
 * RFC 7523 client assertions (private_key_jwt): signed by a key from the client's registered JWKS
 * only. Header-supplied keys and key URLs (jwk, jku, x5c, x5u) are never used.
 */
@ApplicationScoped
public class ClientAssertionVerifier {

    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    private static final long MAX_LIFETIME_MILLIS = 3_600_000;

    @Inject
    StsConfig config;

    @Inject
    AssertionReplayCache replayCache;

    /** @return null when valid, otherwise the reason (for logs and the error description). */
    public String check(String assertion, Client client, Collection<String> acceptedAudiences) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            return "client_assertion is not a signed JWT";
        }
        JWSHeader header = jwt.getHeader();
        if (!ALLOWED.contains(header.getAlgorithm())) {
            return "client_assertion algorithm is not allowed";
        }
        if (client.keys() == null || !verifiedByRegisteredKey(jwt, client.keys().getKeys())) {
            return "client_assertion signature does not verify with the client's registered keys";
        }
        return checkClaims(claims, client.clientId(), acceptedAudiences);
    }

    private String checkClaims(JWTClaimsSet claims, String clientId, Collection<String> acceptedAudiences) {
        long now = System.currentTimeMillis();
        long skew = config.clockSkew().toMillis();
        if (!clientId.equals(claims.getIssuer()) || !clientId.equals(claims.getSubject())) {
            return "client_assertion iss and sub must both be the client_id";
        }
        List<String> audience = claims.getAudience();
        if (audience == null || audience.stream().noneMatch(acceptedAudiences::contains)) {
            return "client_assertion aud must name this server's token endpoint or issuer";
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || exp.getTime() + skew <= now) {
            return "client_assertion is expired or has no exp";
        }
        if (exp.getTime() - now > MAX_LIFETIME_MILLIS) {
            return "client_assertion lifetime is too long";
        }
        Date nbf = claims.getNotBeforeTime();
        Date iat = claims.getIssueTime();
        if ((nbf != null && nbf.getTime() - skew > now) || (iat != null && iat.getTime() - skew > now)) {
            return "client_assertion is not yet valid";
        }
        if (claims.getJWTID() == null || claims.getJWTID().isBlank()) {
            return "client_assertion has no jti";
        }
        if (!replayCache.firstUse(clientId, claims.getJWTID(), exp.getTime() + skew)) {
            return "client_assertion was already used";
        }
        return null;
    }

    private static boolean verifiedByRegisteredKey(SignedJWT jwt, List<JWK> keys) {
        JWSHeader header = jwt.getHeader();
        for (JWK key : keys) {
            if (header.getKeyID() != null && !header.getKeyID().equals(key.getKeyID())) {
                continue;
            }
            if (key.getAlgorithm() != null && !key.getAlgorithm().equals(header.getAlgorithm())) {
                continue;
            }
            try {
                JWSVerifier verifier = verifierFor(key, header.getAlgorithm());
                if (verifier != null && jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException | RuntimeException e) {
                // a key that cannot verify this algorithm is simply not a match
            }
        }
        return false;
    }

    private static JWSVerifier verifierFor(JWK key, JWSAlgorithm alg) throws JOSEException {
        boolean rsaAlg = JWSAlgorithm.Family.RSA.contains(alg);
        if (rsaAlg && key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        if (!rsaAlg && key instanceof ECKey ec && ECKey.class.isInstance(key)
                && com.nimbusds.jose.jwk.Curve.forJWSAlgorithm(alg).contains(ec.getCurve())) {
            return new ECDSAVerifier(ec);
        }
        return null;
    }
}

package org.symbolon.sts.exchange;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.PartnerDirectory;
import org.symbolon.sts.trust.PartnerIssuer;
import org.symbolon.sts.trust.PartnerKeySource;
import org.symbolon.sts.trust.TokenTypes;

/**
 * Validates a partner's signed JWT (RFC 8725): the issuer must be a trusted, enabled partner that
 * this client may exchange from; the key comes only from that partner's registered keys, under one
 * of its allowed algorithms (header jwk/jku/x5c/x5u are never used); exp, nbf, iat with bounded
 * skew; the partner's audience (or our token endpoint, as RFC 7523 allows); and a typ that fits
 * the declared token type.
 */
@ApplicationScoped
public class PartnerJwtValidator {

    private static final int MAX_TOKEN_LENGTH = 16_384;
    private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

    @Inject
    StsConfig config;

    @Inject
    PartnerDirectory partners;

    @Inject
    PartnerKeySource keys;

    public SubjectToken validate(String token, String declaredType, Client client, String parameter) {
        return validate(token, declaredType, partner -> client.exchange().trustedIssuers().contains(partner.issuerId()),
                parameter);
    }

    /** For the claims preview without a client: every check of the exchange except the client's trust list. */
    public SubjectToken validateForPreview(String token, String declaredType, String parameter) {
        return validate(token, declaredType, partner -> true, parameter);
    }

    private SubjectToken validate(String token, String declaredType, Predicate<PartnerIssuer> clientTrusts,
            String parameter) {
        SignedJWT jwt = parse(token, parameter);
        JWTClaimsSet claims = claims(jwt, parameter);
        PartnerIssuer partner = partners.byIssuer(claims.getIssuer())
                .filter(PartnerIssuer::enabled)
                .orElseThrow(() -> refused(parameter, "is not from a trusted issuer"));
        if (!partner.tokenTypes().contains(declaredType)) {
            throw refused(parameter, "type is not accepted from this issuer");
        }
        if (!clientTrusts.test(partner)) {
            throw refused(parameter, "is from an issuer this client may not exchange tokens from");
        }
        JWSHeader header = jwt.getHeader();
        if (!partner.algorithms().contains(header.getAlgorithm()) || !verified(jwt, partner)) {
            throw refused(parameter, "signature does not verify with the issuer's registered keys");
        }
        checkType(header.getType(), declaredType, parameter);
        checkTimes(claims, parameter);
        List<String> audience = claims.getAudience();
        if (audience == null || !(audience.contains(partner.audience()) || audience.contains(config.tokenEndpoint()))) {
            throw refused(parameter, "audience does not name this server");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw refused(parameter, "has no subject");
        }
        return new SubjectToken(partner.issuerId(), partner.issuer(), partner.issuerId() + ":" + claims.getSubject(),
                claims.getSubject(), null,
                claims.getAudience(), JwtClaimReader.scopes(claims), claims.getExpirationTime().getTime(), List.of(),
                JwtClaimReader.object(claims, "act"), JwtClaimReader.object(claims, "may_act"),
                claims.toJSONObject());
    }

    private boolean verified(SignedJWT jwt, PartnerIssuer partner) {
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        for (JWK key : keys.candidates(partner, jwt.getHeader().getKeyID())) {
            if (key.getAlgorithm() != null && !key.getAlgorithm().equals(alg)) {
                continue;
            }
            try {
                JWSVerifier verifier = verifierFor(key, alg);
                if (verifier != null && jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException | RuntimeException e) {
                // this key cannot check this signature: try the next
            }
        }
        return false;
    }

    private static JWSVerifier verifierFor(JWK key, JWSAlgorithm alg) throws JOSEException {
        if (JWSAlgorithm.Family.RSA.contains(alg) && key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        if (JWSAlgorithm.Family.EC.contains(alg) && key instanceof ECKey ec
                && Curve.forJWSAlgorithm(alg).contains(ec.getCurve())) {
            return new ECDSAVerifier(ec);
        }
        return null;
    }

    private static void checkType(JOSEObjectType typ, String declaredType, String parameter) {
        boolean accessToken = AT_JWT.equals(typ) || (typ != null && "application/at+jwt".equals(typ.getType()));
        if (TokenTypes.ACCESS_TOKEN.equals(declaredType) && !accessToken) {
            throw refused(parameter, "is not a JWT access token (typ at+jwt)");
        }
        if (TokenTypes.ID_TOKEN.equals(declaredType) && accessToken) {
            throw refused(parameter, "is an access token, not an ID token");
        }
    }

    private void checkTimes(JWTClaimsSet claims, String parameter) {
        long now = System.currentTimeMillis();
        long skew = config.clockSkew().toMillis();
        Date exp = claims.getExpirationTime();
        if (exp == null || exp.getTime() + skew <= now) {
            throw refused(parameter, "is expired or has no exp");
        }
        Date nbf = claims.getNotBeforeTime();
        Date iat = claims.getIssueTime();
        if ((nbf != null && nbf.getTime() - skew > now) || (iat != null && iat.getTime() - skew > now)) {
            throw refused(parameter, "is not valid yet");
        }
    }

    private static SignedJWT parse(String token, String parameter) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw refused(parameter, "is too large");
        }
        try {
            return SignedJWT.parse(token);
        } catch (ParseException e) {
            throw refused(parameter, "is not a signed JWT");
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt, String parameter) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw refused(parameter, "has an unreadable claims set");
        }
    }

    static StsException refused(String parameter, String why) {
        return StsException.invalidRequest("The " + parameter + " " + why);
    }
}

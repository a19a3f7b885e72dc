package org.symbolon.sts.exchange;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.token.AccessTokenVerifier;
import org.symbolon.sts.token.VerifiedToken;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.TokenTypes;

/** Validates a subject or actor token by its declared type: ours by our keys, a partner's JWT by its keys, a SAML assertion by its metadata. */
@ApplicationScoped
public class SubjectTokenReader {

    private static final int MAX_CHAIN = 16;

    @Inject
    StsConfig config;

    @Inject
    AccessTokenVerifier ours;

    @Inject
    PartnerJwtValidator partners;

    @Inject
    PartnerSamlValidator samlPartners;

    public SubjectToken read(String token, String declaredType, Client client, String parameter) {
        if (TokenTypes.SAML2.equals(declaredType)) {
            return samlPartners.validate(token, client, parameter);
        }
        if (!TokenTypes.PARTNER_JWT_TYPES.contains(declaredType)) {
            throw PartnerJwtValidator.refused(parameter + "_type", "is not a supported token type");
        }
        // a token verified here before is ours; any other is parsed once, for its issuer and its checks
        JWT parsed = ours.seenBefore(token) ? null : parse(token, parameter);
        if (parsed != null && !config.issuer().equals(issuer(parsed, parameter))) {
            return partners.validate(token, declaredType, client, parameter);
        }
        if (TokenTypes.ID_TOKEN.equals(declaredType)) {
            throw PartnerJwtValidator.refused(parameter, "is not an ID token issued here");
        }
        SignedJWT signed = parsed instanceof SignedJWT s ? s : null;
        Optional<VerifiedToken> verified = TokenTypes.ACCESS_TOKEN.equals(declaredType)
                ? ours.verify(token, signed) : ours.verifyIssued(token, signed);
        VerifiedToken t = verified.orElseThrow(() -> PartnerJwtValidator.refused(parameter,
                "is invalid, expired or revoked"));
        List<String> chain = new ArrayList<>(t.chain());
        chain.add(t.jti());
        if (chain.size() > MAX_CHAIN) {
            throw PartnerJwtValidator.refused(parameter, "has been exchanged too many times");
        }
        return new SubjectToken(SubjectToken.SELF, config.issuer(), t.claims().getSubject(),
                t.claims().getSubject(), t.clientId(), t.audience() == null ? List.of() : t.audience(), t.scopes(),
                t.expiresAtMillis(), List.copyOf(chain), JwtClaimReader.object(t.claims(), "act"),
                JwtClaimReader.object(t.claims(), "may_act"), t.claims().toJSONObject());
    }

    private static JWT parse(String token, String parameter) {
        try {
            return JWTParser.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw PartnerJwtValidator.refused(parameter, "is not a JWT");
        }
    }

    private static String issuer(JWT token, String parameter) {
        try {
            return token.getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            throw PartnerJwtValidator.refused(parameter, "is not a JWT");
        }
    }
}

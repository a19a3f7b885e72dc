package org.symbolon.sts.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.LoadedKey;

/**
 * Reads an {@code id_token_hint} (OIDC RP-Initiated Logout): an ID token signed by one of our keys,
 * typ {@code JWT}, our issuer, one audience that is its {@code azp}. It may have expired; an access
 * token (typ {@code at+jwt}, with {@code client_id}) is never taken for one.
 */
@ApplicationScoped
public class IdTokenHints {

    private static final int MAX_LENGTH = 16_384;

    @Inject
    KeyRing keyRing;

    @Inject
    StsConfig config;

    public Optional<IdTokenHint> read(String idToken) {
        if (idToken == null || idToken.isEmpty() || idToken.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(idToken);
            Optional<LoadedKey> key = keyRing.byKid(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !key.get().alg().jws().equals(jwt.getHeader().getAlgorithm())
                    || !JOSEObjectType.JWT.equals(jwt.getHeader().getType()) || !jwt.verify(key.get().verifier())) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            List<String> audience = claims.getAudience();
            String azp = claims.getStringClaim("azp");
            if (!config.issuer().equals(claims.getIssuer()) || audience == null || audience.size() != 1
                    || !audience.get(0).equals(azp) || claims.getClaim("client_id") != null
                    || claims.getSubject() == null) {
                return Optional.empty();
            }
            return Optional.of(new IdTokenHint(azp, claims.getSubject(), claims.getStringClaim("sid")));
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

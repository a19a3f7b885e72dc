package org.symbolon.sts.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Date;
import java.util.Optional;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.LoadedKey;

/**
 * Checks that a string is an unexpired, unrevoked access token that Symbolon signed. The key comes
 * from our own key ring by kid, and its one algorithm must be the header's: {@code none}, HMAC and
 * key confusion cannot pass. Everything in memory: no database read or write. A token seen before
 * is answered from a bounded cache of verified tokens, its key, expiry and revocation checked again.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    private static final int MAX_TOKEN_LENGTH = 16_384;

    @Inject
    StsConfig config;

    @Inject
    KeyRing keyRing;

    @Inject
    RevocationList revocations;

    private final VerifiedTokenCache verified = new VerifiedTokenCache(4096);

    /** An access token of ours (typ at+jwt) that is valid and not revoked, nor exchanged from a revoked one. */
    public Optional<VerifiedToken> verify(String token) {
        return verify(token, null);
    }

    /** {@link #verify(String)} of a token the caller has parsed already (null: not parsed). */
    public Optional<VerifiedToken> verify(String token, SignedJWT parsed) {
        return verifySignature(token, parsed, AccessTokenIssuer.AT_JWT, AccessTokenIssuer.AT_JWT)
                .filter(this::notRevoked);
    }

    /** Any token we issued as a JWT, access token or generic jwt, valid and not revoked. */
    public Optional<VerifiedToken> verifyIssued(String token) {
        return verifyIssued(token, null);
    }

    /** {@link #verifyIssued(String)} of a token the caller has parsed already (null: not parsed). */
    public Optional<VerifiedToken> verifyIssued(String token, SignedJWT parsed) {
        return verifySignature(token, parsed, AccessTokenIssuer.AT_JWT, JOSEObjectType.JWT).filter(this::notRevoked);
    }

    /**
     * Whether this exact token text was verified here before (and may be again): then it is one of
     * ours, without parsing it. A true answer is no verdict; the token still goes through verify.
     */
    public boolean seenBefore(String token) {
        return token != null && verified.get(token) != null;
    }

    /** Signature, issuer, type and time checks of an access token, without the revocation check. */
    public Optional<VerifiedToken> verifySignature(String token) {
        return verifySignature(token, null, AccessTokenIssuer.AT_JWT, AccessTokenIssuer.AT_JWT);
    }

    /** Signature, issuer and time checks of any JWT we issued, without the revocation check. */
    public Optional<VerifiedToken> signedByUs(String token) {
        return verifySignature(token, null, AccessTokenIssuer.AT_JWT, JOSEObjectType.JWT);
    }

    private boolean notRevoked(VerifiedToken token) {
        return !revocations.isRevoked(token.jti()) && token.chain().stream().noneMatch(revocations::isRevoked)
                && !revocations.isRevokedSubject(token.claims().getSubject(), token.clientId(),
                        token.claims().getIssueTime() == null ? 0 : token.claims().getIssueTime().getTime());
    }

    private Optional<VerifiedToken> verifySignature(String token, SignedJWT parsed, JOSEObjectType type,
            JOSEObjectType otherType) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        VerifiedTokenCache.Entry seen = verified.get(token);
        if (seen != null) {
            VerifiedToken t = seen.token();
            boolean typeFits = type.getType().equals(t.typ()) || otherType.getType().equals(t.typ());
            return typeFits && keyRing.byKid(seen.kid()).isPresent() && t.expiresAtMillis() > System.currentTimeMillis()
                    ? Optional.of(t) : Optional.empty();
        }
        try {
            SignedJWT jwt = parsed != null ? parsed : SignedJWT.parse(token);
            JWSHeader header = jwt.getHeader();
            Optional<LoadedKey> key = keyRing.byKid(header.getKeyID());
            if (key.isEmpty() || !key.get().alg().jws().equals(header.getAlgorithm())
                    || !(type.equals(header.getType()) || otherType.equals(header.getType()))
                    || !jwt.verify(key.get().verifier())) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!acceptable(claims)) {
                return Optional.empty();
            }
            VerifiedToken result = new VerifiedToken(claims, header.getType().getType());
            verified.put(token, result, header.getKeyID());
            return Optional.of(result);
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean acceptable(JWTClaimsSet claims) {
        long now = System.currentTimeMillis();
        long skew = config.clockSkew().toMillis();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        return config.issuer().equals(claims.getIssuer())
                && exp != null && exp.getTime() > now
                && (iat == null || iat.getTime() - skew <= now)
                && claims.getJWTID() != null
                && claims.getClaim("client_id") instanceof String;
    }
}

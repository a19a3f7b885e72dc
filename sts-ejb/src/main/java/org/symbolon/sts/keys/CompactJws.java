package org.symbolon.sts.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs a JWT in the JWS compact serialisation (RFC 7515 section 7.1) with an active key: the same
 * header, payload and signature as Nimbus's {@code SignedJWT}, with less work per token. The protected
 * header is encoded once per key and type ({@link LoadedKey#encodedHeader}), the signature is
 * computed by the key's own JCA provider, and the base64url is the JDK's.
 */
public final class CompactJws {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    /** ES256 signatures are R and S, 32 bytes each (RFC 7518 section 3.4). */
    private static final int ES256_SIGNATURE_BYTES = 64;

    private CompactJws() {
    }

    /** The signed JWT: {@code header.payload.signature}, base64url without padding. */
    public static String sign(LoadedKey key, JOSEObjectType typ, JWTClaimsSet claims) {
        if (key.privateKey() == null) {
            throw new IllegalStateException("Key " + key.kid() + " is not active: it cannot sign");
        }
        String signingInput = key.encodedHeader(typ) + '.'
                + BASE64URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        byte[] signature;
        try {
            Signature engine = key.jcaSignature(key.alg().jca());
            engine.initSign(key.privateKey());
            engine.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            signature = engine.sign();
            if (key.alg() == SigningAlgorithm.ES256) {
                signature = ECDSA.transcodeSignatureToConcat(signature, ES256_SIGNATURE_BYTES);
            }
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Signing failed with key " + key.kid(), e);
        }
        return signingInput + '.' + BASE64URL.encodeToString(signature);
    }
}

package org.symbolon.sts.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs a JWT in the JWS compact serialisation (RFC 7515 section 7.1) with an active key: the same
 * header, payload and signature as Nimbus's {@code SignedJWT}, with less work per token. The protected
 * header ({@code alg}, {@code typ}, {@code kid}) is encoded once per key and type, the signature is
 * computed by the key's own JCA provider, and the base64url is the JDK's.
 */
public final class CompactJws {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    /** ES256 signatures are R and S, 32 bytes each (RFC 7518 section 3.4). */
    private static final int ES256_SIGNATURE_BYTES = 64;
    /** Bounded by the keys a deployment has held since it started; cleared past this size. */
    private static final int MAX_HEADERS = 256;
    private static final Map<String, String> HEADERS = new ConcurrentHashMap<>();

    private CompactJws() {
    }

    /** The signed JWT: {@code header.payload.signature}, base64url without padding. */
    public static String sign(LoadedKey key, JOSEObjectType typ, JWTClaimsSet claims) {
        if (key.privateKey() == null) {
            throw new IllegalStateException("Key " + key.kid() + " is not active: it cannot sign");
        }
        String signingInput = header(key, typ) + '.'
                + BASE64URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        byte[] signature;
        try {
            Signature engine = key.jcaSignature(key.alg() == SigningAlgorithm.RS256 ? "SHA256withRSA" : "SHA256withECDSA");
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

    /** The encoded protected header, the same bytes Nimbus writes for it. */
    static String header(LoadedKey key, JOSEObjectType typ) {
        String id = key.alg().name() + '\n' + key.kid() + '\n' + typ.getType();
        String header = HEADERS.get(id);
        if (header == null) {
            if (HEADERS.size() >= MAX_HEADERS) {
                HEADERS.clear();
            }
            header = new JWSHeader.Builder(key.alg().jws()).type(typ).keyID(key.kid()).build().toBase64URL().toString();
            HEADERS.put(id, header);
        }
        return header;
    }
}

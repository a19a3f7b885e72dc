package org.symbolon.sts.sso;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.symbolon.sts.keys.MasterKey;

/**
 * Identifiers a service provider sees that reveal nothing: keyed hashes under a secret derived from the
 * master key, so they are the same on every node and after restarts, and differ for every other SP.
 */
@ApplicationScoped
public class OpaqueValues {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    MasterKey masterKey;

    private SecretKeySpec secret;

    @PostConstruct
    void derive() {
        secret = new SecretKeySpec(masterKey.derive("saml2 opaque identifiers"), "HmacSHA256");
    }

    /** The persistent (pairwise) NameID of a user at one service provider. */
    public String persistentNameId(String spEntityId, String userId) {
        return B64.encodeToString(hmac("persistent\u0000" + spEntityId + "\u0000" + userId));
    }

    /** The SessionIndex of one SSO session at one service provider; an XML-safe token starting with a letter. */
    public String sessionIndex(String sessionId, String spEntityId) {
        return "s" + B64.encodeToString(hmac("session-index\u0000" + sessionId + "\u0000" + spEntityId))
                .substring(0, 32);
    }

    private byte[] hmac(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.symbolon.sts.token.saml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.keys.LoadedKey;

/**
 * Sends a message by the HTTP-Redirect binding (SAML bindings 3.4.4): raw DEFLATE, base64, URL-encoded,
 * and signed over {@code SAMLRequest|SAMLResponse=...&RelayState=...&SigAlg=...} (3.4.4.1) with the receiver's
 * algorithm.
 */
final class RedirectEncoder {

    private RedirectEncoder() {
    }

    static String url(String location, String parameter, String xml, String relayState, LoadedKey key,
            SamlSignatureAlgorithm algorithm) {
        if (key.privateKey() == null) {
            throw StsException.unavailable("The active RS256 key cannot sign SAML yet");
        }
        String query = parameter + "=" + encode(Base64.getEncoder().encodeToString(deflate(xml)))
                + (relayState == null ? "" : "&RelayState=" + encode(relayState))
                + "&SigAlg=" + encode(algorithm.uri());
        try {
            Signature rsa = key.jcaSignature(algorithm.jcaName());
            rsa.initSign(key.privateKey());
            rsa.update(query.getBytes(StandardCharsets.US_ASCII));
            query += "&Signature=" + encode(Base64.getEncoder().encodeToString(rsa.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Redirect binding signature failed with key " + key.kid(), e);
        }
        return location + (location.contains("?") ? "&" : "?") + query;
    }

    private static byte[] deflate(String xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION,
                true))) {
            deflater.write(xml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

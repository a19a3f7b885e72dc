package org.symbolon.sts.token.saml;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The HTTP-Redirect binding (SAML bindings 3.4): {@code SAMLRequest} is base64 of raw DEFLATE, inflated
 * to at most {@link SamlRequestMessage#MAX_BYTES} (a deflate bomb stops there); a {@code Signature} with
 * its {@code SigAlg} covers the query parameters as received, not as re-encoded.
 */
public final class RedirectBinding {

    private static final Set<String> PARAMETERS = Set.of("SAMLRequest", "SAMLResponse", "RelayState", "SigAlg",
            "Signature");

    private RedirectBinding() {
    }

    /** @param rawQuery the request's query string exactly as received, still URL-encoded */
    public static SamlRequestMessage decode(String rawQuery) throws SamlRefusal {
        return decode(rawQuery, "SAMLRequest");
    }

    /** True when the query carries a SAMLResponse (a logout response) rather than a SAMLRequest. */
    public static boolean carriesResponse(String rawQuery) {
        return rawQuery != null && (rawQuery.startsWith("SAMLResponse=") || rawQuery.contains("&SAMLResponse="));
    }

    /** The RelayState of a query whatever else is wrong with it, or null (a refused logout answer still names its chain). */
    public static String relayState(String rawQuery) {
        try {
            String raw = parameters(rawQuery).get("RelayState");
            return raw == null ? null : SamlRequestMessage.relayState(urlDecode(raw));
        } catch (SamlRefusal e) {
            return null;
        }
    }

    /** @param parameter {@code SAMLRequest} or {@code SAMLResponse}: the message the query must carry */
    public static SamlRequestMessage decode(String rawQuery, String parameter) throws SamlRefusal {
        Map<String, String> raw = parameters(rawQuery);
        String request = raw.get(parameter);
        if (request == null || raw.containsKey("SAMLRequest") && raw.containsKey("SAMLResponse")) {
            throw new SamlRefusal("has no " + parameter + (request == null ? "" : " alone"));
        }
        byte[] xml = inflate(base64(urlDecode(request), parameter));
        String relayState = SamlRequestMessage.relayState(raw.containsKey("RelayState")
                ? urlDecode(raw.get("RelayState")) : null);
        if (raw.containsKey("Signature") != raw.containsKey("SigAlg")) {
            throw new SamlRefusal("has a Signature without SigAlg or a SigAlg without Signature");
        }
        QuerySignature signature = null;
        if (raw.containsKey("Signature")) {
            String signed = parameter + "=" + request
                    + (raw.containsKey("RelayState") ? "&RelayState=" + raw.get("RelayState") : "")
                    + "&SigAlg=" + raw.get("SigAlg");
            signature = new QuerySignature(urlDecode(raw.get("SigAlg")), base64(urlDecode(raw.get("Signature")),
                    "Signature"), signed.getBytes(StandardCharsets.US_ASCII));
        }
        return new SamlRequestMessage(xml, relayState, signature);
    }

    /** The binding's parameters, still encoded; others are ignored, a repeated one is refused. */
    private static Map<String, String> parameters(String rawQuery) throws SamlRefusal {
        Map<String, String> found = new HashMap<>();
        if (rawQuery == null || rawQuery.length() > 4 * SamlRequestMessage.MAX_BYTES) {
            throw new SamlRefusal(rawQuery == null ? "has no SAMLRequest" : "has a query string that is too long");
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (PARAMETERS.contains(name) && found.put(name, equals < 0 ? "" : pair.substring(equals + 1)) != null) {
                throw new SamlRefusal("repeats the parameter " + name);
            }
        }
        return found;
    }

    private static String urlDecode(String value) throws SamlRefusal {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SamlRefusal("has a parameter that is not URL-encoded");
        }
    }

    /** Standard base64; a '+' that arrived unencoded became a space when URL-decoded and is read back as '+'. */
    static byte[] base64(String value, String parameter) throws SamlRefusal {
        try {
            return Base64.getMimeDecoder().decode(value.replace(' ', '+'));
        } catch (IllegalArgumentException e) {
            throw new SamlRefusal(parameter + " is not base64");
        }
    }

    private static byte[] inflate(byte[] deflated) throws SamlRefusal {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new SamlRefusal("SAMLRequest is not complete raw DEFLATE data");
                }
                out.write(buffer, 0, n);
                if (out.size() > SamlRequestMessage.MAX_BYTES) {
                    throw new SamlRefusal("SAMLRequest inflates to more than " + SamlRequestMessage.MAX_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new SamlRefusal("SAMLRequest is not raw DEFLATE data");
        } finally {
            inflater.end();
        }
    }
}

package org.symbolon.sts.rest.oauth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbolon.sts.error.StsException;

/**
 * Strict reader of application/x-www-form-urlencoded request bodies: bounded size, valid UTF-8
 * only, malformed percent-encoding refused. Repeated parameters are kept so the caller can refuse them.
 */
public final class FormBody {

    public static final int MAX_BYTES = 64 * 1024;

    private FormBody() {
    }

    public static Map<String, List<String>> read(String contentType, InputStream body) {
        if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            throw StsException.invalidRequest("Content-Type must be application/x-www-form-urlencoded");
        }
        return parse(readBounded(body));
    }

    static Map<String, List<String>> parse(byte[] raw) {
        String text = decodeUtf8(raw);
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return params;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decodeComponent(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decodeComponent(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static byte[] readBounded(InputStream body) {
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new StsException("invalid_request", "Request body too large", 413, null);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw StsException.invalidRequest("Request body could not be read");
        }
    }

    private static String decodeUtf8(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw StsException.invalidRequest("Request body is not valid UTF-8");
        }
    }

    private static String decodeComponent(String encoded) {
        byte[] bytes;
        try {
            bytes = URLDecoder.decode(encoded, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException e) {
            throw StsException.invalidRequest("Malformed percent-encoding in the request body");
        }
        String decoded = decodeUtf8(bytes);
        if (decoded.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            throw StsException.invalidRequest("Control characters are not allowed in parameters");
        }
        return decoded;
    }
}

package org.symbolon.sts.rest.oauth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbolon.sts.error.StsException;

/**
 * Strict reader of application/x-www-form-urlencoded request bodies: bounded size, valid UTF-8
 * only, malformed percent-encoding refused. Repeated parameters are kept so the caller can refuse them.
 * The body is split and percent-decoded as bytes (the WHATWG URL standard's form parser), and each
 * name and value then decoded as strict UTF-8: one pass, no copy of the body as text.
 */
public final class FormBody {

    public static final int MAX_BYTES = 64 * 1024;

    /** First read buffer: a token request's body fits; larger ones grow it, up to the bound. */
    private static final int FIRST_READ = 2048;

    private FormBody() {
    }

    public static Map<String, List<String>> read(String contentType, InputStream body) {
        if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            throw StsException.invalidRequest("Content-Type must be application/x-www-form-urlencoded");
        }
        byte[] buffer = new byte[FIRST_READ];
        int length = 0;
        try (InputStream in = body) {
            int n;
            while ((n = in.read(buffer, length, buffer.length - length)) != -1) {
                length += n;
                if (length > MAX_BYTES) {
                    throw new StsException("invalid_request", "Request body too large", 413, null);
                }
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_BYTES + 1));
                }
            }
        } catch (IOException e) {
            throw StsException.invalidRequest("Request body could not be read");
        }
        return parse(buffer, length);
    }

    private static Map<String, List<String>> parse(byte[] raw, int length) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        int start = 0;
        while (start < length) {
            int end = indexOf(raw, (byte) '&', start, length);
            if (end > start) {
                int eq = indexOf(raw, (byte) '=', start, end);
                String name = decodeComponent(raw, start, eq);
                String value = eq < end ? decodeComponent(raw, eq + 1, end) : "";
                params.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return params;
    }

    private static int indexOf(byte[] raw, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (raw[i] == b) {
                return i;
            }
        }
        return to;
    }

    /** Bytes [from, to) with '+' as a space and %XX as that byte, then strict UTF-8, no control characters. */
    private static String decodeComponent(byte[] raw, int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b == '%' || b == '+') {
                byte[] bytes = percentDecode(raw, from, to);
                return checked(decodeUtf8(bytes, 0, bytes.length));
            }
            ascii &= b >= 0;
        }
        return checked(ascii ? new String(raw, from, to - from, StandardCharsets.US_ASCII)
                : decodeUtf8(raw, from, to - from));
    }

    private static String checked(String decoded) {
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw StsException.invalidRequest("Control characters are not allowed in parameters");
            }
        }
        return decoded;
    }

    private static byte[] percentDecode(byte[] raw, int from, int to) {
        byte[] out = new byte[to - from];
        int length = 0;
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b == '+') {
                out[length++] = ' ';
            } else if (b == '%') {
                int high = i + 2 < to ? Character.digit(raw[i + 1], 16) : -1;
                int low = high >= 0 ? Character.digit(raw[i + 2], 16) : -1;
                if (low < 0) {
                    throw StsException.invalidRequest("Malformed percent-encoding in the request body");
                }
                out[length++] = (byte) (high << 4 | low);
                i += 2;
            } else {
                out[length++] = b;
            }
        }
        return Arrays.copyOf(out, length);
    }

    private static String decodeUtf8(byte[] raw, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw StsException.invalidRequest("Request body is not valid UTF-8");
        }
    }
}

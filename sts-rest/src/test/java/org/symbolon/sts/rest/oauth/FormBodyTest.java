package org.symbolon.sts.rest.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.error.StsException;

class FormBodyTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void decodesUtf8PercentEncodingAndPlus() {
        Map<String, List<String>> params = read(FORM + "; charset=UTF-8",
                "grant_type=client_credentials&scope=a+b&name=%C3%A9t%C3%A9&resource=x&resource=y");
        assertEquals(List.of("client_credentials"), params.get("grant_type"));
        assertEquals(List.of("a b"), params.get("scope"));
        assertEquals(List.of("été"), params.get("name"));
        assertEquals(List.of("x", "y"), params.get("resource"), "repeats are kept for the caller to judge");
    }

    @Test
    void refusesOtherContentTypes() {
        for (String type : new String[] {null, "application/json", "text/plain", "multipart/form-data"}) {
            assertEquals("invalid_request", assertThrows(StsException.class, () -> read(type, "a=b")).error());
        }
    }

    @Test
    void refusesInvalidUtf8RawAndPercentEncoded() {
        byte[] raw = {'a', '=', (byte) 0xC3, (byte) 0x28};
        assertThrows(StsException.class, () -> FormBody.read(FORM, new ByteArrayInputStream(raw)));
        assertThrows(StsException.class, () -> read(FORM, "a=%C3%28"));
    }

    @Test
    void refusesMalformedPercentEncodingAndControlCharacters() {
        assertThrows(StsException.class, () -> read(FORM, "a=%zz"));
        assertThrows(StsException.class, () -> read(FORM, "a=%"));
        assertThrows(StsException.class, () -> read(FORM, "a=%00"));
    }

    @Test
    void acceptsRawUtf8AndSkipsEmptyPairs() {
        Map<String, List<String>> params = read(FORM, "&&name=été&flag&empty=&&x=1=2&");
        assertEquals(List.of("été"), params.get("name"));
        assertEquals(List.of(""), params.get("flag"), "a name without '=' has the empty value");
        assertEquals(List.of(""), params.get("empty"));
        assertEquals(List.of("1=2"), params.get("x"), "only the first '=' separates");
        assertEquals(List.of("name", "flag", "empty", "x"), List.copyOf(params.keySet()));
    }

    @Test
    void refusesTruncatedEscapesAndRawControlCharacters() {
        assertThrows(StsException.class, () -> read(FORM, "a=%4"));
        assertThrows(StsException.class, () -> read(FORM, "a=%4&b=c"));
        assertThrows(StsException.class, () -> read(FORM, "a=x\u0001y"));
        assertThrows(StsException.class, () -> read(FORM, "a%00=b"));
    }

    @Test
    void readsBodiesOfEverySizeUpToTheBound() {
        for (int size : new int[] {0, 1, 2046, 2047, 2048, 2049, 4096, 10_000, FormBody.MAX_BYTES}) {
            String value = "v".repeat(Math.max(0, size - 2));
            String body = size < 2 ? "" : "a=" + value;
            Map<String, List<String>> params = read(FORM, body);
            assertEquals(size < 2 ? null : List.of(value), params.get("a"), "body of " + size + " bytes");
        }
    }

    @Test
    void refusesOversizedBodiesWith413() {
        String big = "a=" + "x".repeat(FormBody.MAX_BYTES);
        StsException e = assertThrows(StsException.class, () -> read(FORM, big));
        assertEquals(413, e.status());
    }

    private static Map<String, List<String>> read(String type, String body) {
        return FormBody.read(type, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}

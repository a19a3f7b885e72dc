package org.symbolon.sts.oidc;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The user's claims as stored with a code or refresh token family: a JSON object. */
public final class ClaimsSnapshot {

    private ClaimsSnapshot() {
    }

    public static String toJson(Map<String, Object> claims) {
        return JSONObjectUtils.toJSONString(claims);
    }

    public static Map<String, Object> fromJson(String json) {
        try {
            Map<String, Object> parsed = JSONObjectUtils.parse(json);
            Map<String, Object> copy = new LinkedHashMap<>();
            parsed.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
            return copy;
        } catch (ParseException e) {
            throw new IllegalStateException("A stored claims snapshot is not JSON", e);
        }
    }
}

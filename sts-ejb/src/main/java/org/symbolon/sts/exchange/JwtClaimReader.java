package org.symbolon.sts.exchange;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the claims token exchange cares about, tolerating their usual shapes. */
final class JwtClaimReader {

    private JwtClaimReader() {
    }

    /** {@code scope} (space-separated, RFC 8693) or {@code scp} (array); null when the token has neither. */
    static Set<String> scopes(JWTClaimsSet claims) {
        Object scope = claims.getClaim("scope");
        if (scope instanceof String s) {
            return s.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(s.trim().split(" +")));
        }
        Object scp = claims.getClaim("scp");
        if (scp instanceof List<?> list) {
            Set<String> set = new LinkedHashSet<>();
            list.forEach(v -> set.add(String.valueOf(v)));
            return set;
        }
        return null;
    }

    static Map<String, Object> object(JWTClaimsSet claims, String name) {
        try {
            return claims.getJSONObjectClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }
}

package org.symbolon.sts.sso;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbolon.sts.claims.ClaimsResult;
import org.symbolon.sts.claims.ClaimsRuleSet;
import org.symbolon.sts.claims.ClaimsSource;
import org.symbolon.sts.users.LocalUser;

/**
 * The SAML attributes a service provider receives: the user's claims through its attribute rules, and
 * only what a rule produced. With no rules nothing is released, as Shibboleth's attribute filter does by
 * default: an SP gets what an administrator decided it gets (the NameID identifies the user).
 */
final class SsoAttributes {

    /** Rule conditions on {@code issuer} see local users as ours. */
    static final ClaimsSource LOCAL = new ClaimsSource("symbolon", null);

    private SsoAttributes() {
    }

    static Map<String, List<String>> of(LocalUser user, ClaimsRuleSet rules) {
        ClaimsResult result = rules.apply(LOCAL, ClaimsResult.input(claims(user)));
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        result.produced().forEach((name, value) -> {
            List<String> values = strings(value);
            if (!values.isEmpty()) {
                attributes.put(name, values);
            }
        });
        return attributes;
    }

    /** The user's claims, as an OIDC client would see them, plus each user attribute by its name. */
    static Map<String, Object> claims(LocalUser user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (user.attributes() != null) {
            user.attributes().forEach((name, values) -> claims.put(name, values.size() == 1 ? values.get(0) : values));
        }
        claims.put("sub", user.id());
        claims.put("preferred_username", user.username());
        if (user.displayName() != null) {
            claims.put("name", user.displayName());
        }
        if (user.email() != null) {
            claims.put("email", user.email());
        }
        claims.put("groups", user.groups() == null ? List.of() : user.groups());
        return claims;
    }

    private static List<String> strings(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null).forEach(v -> values.add(String.valueOf(v)));
        } else if (value != null) {
            values.add(String.valueOf(value));
        }
        return values;
    }
}

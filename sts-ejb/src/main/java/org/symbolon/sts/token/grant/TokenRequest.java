package org.symbolon.sts.token.grant;

import java.util.List;
import java.util.Map;
import org.symbolon.sts.error.StsException;

/**
 * The parameters of a token request, as parsed from the form. Parameters that may repeat
 * (RFC 8707 resource, RFC 8693 audience) are read as lists; every other one at most once.
 */
public record TokenRequest(Map<String, List<String>> parameters) {

    public String optional(String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw StsException.invalidRequest("Parameter '" + name + "' must not be repeated");
        }
        String value = values.get(0);
        return value.isEmpty() ? null : value;
    }

    public String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw StsException.invalidRequest("Missing parameter '" + name + "'");
        }
        return value;
    }

    public List<String> all(String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(v -> !v.isEmpty()).toList();
    }
}

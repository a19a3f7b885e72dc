package org.symbolon.sts.token.saml;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one SAML 2.0 assertion states, as decided by the profile that asks for it.
 *
 * @param subjectNameId the NameID value
 * @param nameIdFormat the NameID Format URI
 * @param audience the relying party's entityID: the only Audience
 * @param recipient the relying party's assertion consumer URL, or null when the assertion is not delivered to one
 * @param lifetime how long the assertion and its bearer confirmation are valid from issue
 * @param authnInstant when the subject authenticated
 * @param authnContextClassRef how the subject authenticated
 * @param attributes attribute names (URIs) and their string values, in the order given
 * @param sign whether the assertion itself is signed (a signed response may carry an unsigned assertion)
 */
public record SamlAssertionRequest(String subjectNameId, String nameIdFormat, String audience, String recipient,
        Duration lifetime, Instant authnInstant, String authnContextClassRef, Map<String, List<String>> attributes,
        boolean sign) {

    public SamlAssertionRequest {
        requireText(subjectNameId, "subjectNameId");
        requireText(nameIdFormat, "nameIdFormat");
        requireText(audience, "audience");
        requireText(authnContextClassRef, "authnContextClassRef");
        Objects.requireNonNull(authnInstant, "authnInstant");
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive");
        }
        if (recipient != null && recipient.isBlank()) {
            throw new IllegalArgumentException("recipient must be null or a URL");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(attributes, "attributes").forEach((name, values) -> {
            requireText(name, "attribute name");
            copy.put(name, List.copyOf(values));
        });
        attributes = Collections.unmodifiableMap(copy);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}

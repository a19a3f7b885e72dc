package org.symbolon.sts.trust;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.symbolon.sts.claims.ClaimsRuleSet;

/**
 * How Symbolon answers one SAML 2.0 service provider, editable after its metadata is imported.
 *
 * @param nameIdFormat               the full NameID format URN of its assertions
 * @param attributeRules             claims rules that shape the attributes it receives
 * @param signatureAlgorithm         {@code RSA-SHA256}, {@code RSA-SHA384} or {@code RSA-SHA512}
 * @param requireSignedAuthnRequests whether an unsigned AuthnRequest from it is refused
 */
public record ServiceProviderSettings(
        boolean enabled,
        String displayName,
        boolean signResponse,
        boolean signAssertion,
        boolean encryptAssertion,
        String nameIdFormat,
        ClaimsRuleSet attributeRules,
        String signatureAlgorithm,
        Duration assertionLifetime,
        boolean requireSignedAuthnRequests) {

    /** NameID formats by the short name an administrator uses. */
    public static final Map<String, String> NAME_ID_FORMATS = Map.of(
            "persistent", SamlRelyingParty.PERSISTENT,
            "transient", SamlRelyingParty.TRANSIENT,
            "emailAddress", SamlRelyingParty.EMAIL,
            "unspecified", SamlRelyingParty.UNSPECIFIED);

    /** XML Signature algorithm URIs by the name an administrator uses. */
    public static final Map<String, String> SIGNATURE_ALGORITHMS = Map.of(
            "RSA-SHA256", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "RSA-SHA384", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
            "RSA-SHA512", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512");

    public static final List<String> NAME_ID_FORMAT_NAMES = List.of("persistent", "transient", "emailAddress",
            "unspecified");

    /** The short name of {@link #nameIdFormat}. */
    public String nameIdFormatName() {
        return NAME_ID_FORMATS.entrySet().stream().filter(e -> e.getValue().equals(nameIdFormat))
                .map(Map.Entry::getKey).findFirst().orElse(nameIdFormat);
    }

    public String signatureAlgorithmUri() {
        return SIGNATURE_ALGORITHMS.get(signatureAlgorithm);
    }
}

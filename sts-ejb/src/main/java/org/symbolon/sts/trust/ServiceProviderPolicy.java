package org.symbolon.sts.trust;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.symbolon.sts.claims.ClaimsRuleParser;
import org.symbolon.sts.claims.ClaimsRuleSet;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.saml.ServiceProviderMetadata;

/** What makes a service provider's settings valid, and their defaults from its metadata; each refusal names its field. */
public final class ServiceProviderPolicy {

    static final int MIN_LIFETIME = 30;
    static final int MAX_LIFETIME = 3600;
    static final int DEFAULT_LIFETIME = 300;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,64}");

    private ServiceProviderPolicy() {
    }

    public static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw StsException.invalidField("id", "id must be 1-64 characters of letters, digits, '.', '_', '~' or '-'");
        }
    }

    /**
     * The settings after applying {@code input}: given values checked, others kept from {@code previous},
     * or, for a new service provider (null), derived from its metadata.
     */
    public static ServiceProviderSettings settings(ServiceProviderSettingsInput input, ServiceProviderMetadata metadata,
            ServiceProviderSettings previous) {
        ServiceProviderSettingsInput in = input == null ? ServiceProviderSettingsInput.NONE : input;
        boolean fresh = previous == null;
        boolean encrypt = pick(in.encryptAssertion(), fresh ? null : previous.encryptAssertion(),
                !metadata.encryptionCertificates().isEmpty());
        if (encrypt && metadata.encryptionCertificates().isEmpty()) {
            throw StsException.invalidField(in.encryptAssertion() != null ? "encryptAssertion" : "metadata",
                    "encryptAssertion needs an encryption certificate in the service provider's metadata");
        }
        ClaimsRuleSet rules = in.attributeRules() != null
                ? ClaimsRuleParser.fromText(in.attributeRules(), "attributeRules", "attribute")
                : fresh ? ClaimsRuleSet.EMPTY : previous.attributeRules();
        return new ServiceProviderSettings(
                pick(in.enabled(), fresh ? null : previous.enabled(), true),
                in.displayName() != null ? displayName(in.displayName())
                        : fresh ? defaultName(metadata.entityId()) : previous.displayName(),
                pick(in.signResponse(), fresh ? null : previous.signResponse(), true),
                pick(in.signAssertion(), fresh ? null : previous.signAssertion(), true),
                encrypt,
                in.nameIdFormat() != null ? nameIdFormat(in.nameIdFormat())
                        : fresh ? defaultNameIdFormat(metadata.nameIdFormats()) : previous.nameIdFormat(),
                rules,
                in.signatureAlgorithm() != null ? signatureAlgorithm(in.signatureAlgorithm())
                        : fresh ? "RSA-SHA256" : previous.signatureAlgorithm(),
                in.assertionLifetime() != null ? lifetime(in.assertionLifetime())
                        : fresh ? Duration.ofSeconds(DEFAULT_LIFETIME) : previous.assertionLifetime(),
                pick(in.requireSignedAuthnRequests(), fresh ? null : previous.requireSignedAuthnRequests(),
                        metadata.authnRequestsSigned()));
    }

    private static boolean pick(Boolean given, Boolean previous, boolean byDefault) {
        return given != null ? given : previous != null ? previous : byDefault;
    }

    static String displayName(String name) {
        if (name.isBlank() || name.length() > 256 || name.chars().anyMatch(Character::isISOControl)) {
            throw StsException.invalidField("displayName", "displayName must be 1-256 printable characters");
        }
        return name.strip();
    }

    private static String defaultName(String entityId) {
        return entityId.length() > 256 ? entityId.substring(0, 256) : entityId;
    }

    /** A short name (persistent, transient, emailAddress, unspecified) or its full URN, stored as the URN. */
    static String nameIdFormat(String format) {
        String urn = ServiceProviderSettings.NAME_ID_FORMATS.getOrDefault(format, format);
        if (!ServiceProviderSettings.NAME_ID_FORMATS.containsValue(urn)) {
            throw StsException.invalidField("nameIdFormat", "nameIdFormat must be one of "
                    + String.join(", ", ServiceProviderSettings.NAME_ID_FORMAT_NAMES));
        }
        return urn;
    }

    /** The first format the metadata lists that Symbolon supports, else persistent. */
    static String defaultNameIdFormat(List<String> listed) {
        return listed.stream().filter(ServiceProviderSettings.NAME_ID_FORMATS::containsValue).findFirst()
                .orElse(SamlRelyingParty.PERSISTENT);
    }

    static String signatureAlgorithm(String name) {
        if (!ServiceProviderSettings.SIGNATURE_ALGORITHMS.containsKey(name)) {
            throw StsException.invalidField("signatureAlgorithm",
                    "signatureAlgorithm must be one of RSA-SHA256, RSA-SHA384, RSA-SHA512");
        }
        return name;
    }

    static Duration lifetime(int seconds) {
        if (seconds < MIN_LIFETIME || seconds > MAX_LIFETIME) {
            throw StsException.invalidField("assertionLifetime",
                    "assertionLifetime must be " + MIN_LIFETIME + "-" + MAX_LIFETIME + " seconds");
        }
        return Duration.ofSeconds(seconds);
    }
}

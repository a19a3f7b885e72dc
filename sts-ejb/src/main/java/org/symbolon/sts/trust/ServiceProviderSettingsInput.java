package org.symbolon.sts.trust;

/**
 * Settings of a service provider as an administrator sends them: null means "not given" (the current value
 * on an update, the default derived from the metadata on a registration). {@code attributeRules} is JSON text.
 */
public record ServiceProviderSettingsInput(
        Boolean enabled,
        String displayName,
        Boolean signResponse,
        Boolean signAssertion,
        Boolean encryptAssertion,
        String nameIdFormat,
        String attributeRules,
        String signatureAlgorithm,
        Integer assertionLifetime,
        Boolean requireSignedAuthnRequests) {

    public static final ServiceProviderSettingsInput NONE = new ServiceProviderSettingsInput(null, null, null, null,
            null, null, null, null, null, null);
}

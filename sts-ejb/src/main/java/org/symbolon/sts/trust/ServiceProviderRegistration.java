package org.symbolon.sts.trust;

/**
 * A service provider to register: its metadata (the XML) or the URL it is published at, optionally the
 * PEM certificate that must have signed it, and its settings.
 *
 * @param id       the URL-safe id to register it under, or null for a generated one
 * @param entityId the entity to take from metadata holding several, or null
 */
public record ServiceProviderRegistration(
        String id,
        String entityId,
        String metadata,
        String metadataUrl,
        String metadataCertificate,
        ServiceProviderSettingsInput settings) {
}

package org.symbolon.sts.trust;

import java.util.List;

/**
 * A client's settings for receiving SAML 2.0 assertions.
 *
 * @param entityId the relying party's entityID: the assertion's only Audience, one of the client's audiences
 * @param nameIdFormat the NameID format it expects
 * @param recipient its assertion consumer URL (SubjectConfirmationData Recipient), or null
 * @param encryptionCertificate a PEM certificate to encrypt assertions to, or null
 * @param attributes the claims of the subject token sent as SAML attributes, by name
 */
public record SamlRelyingParty(String entityId, String nameIdFormat, String recipient, String encryptionCertificate,
        List<String> attributes) {

    public static final String UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
    public static final String EMAIL = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
    public static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
    public static final String TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";
    public static final List<String> NAME_ID_FORMATS = List.of(UNSPECIFIED, EMAIL, PERSISTENT, TRANSIENT);
}

package org.symbolon.sts.console;

import org.symbolon.sts.trust.PartnerIssuerView;

/** Where Symbolon gets a partner's verification keys from. */
enum KeySource {

    STATIC_JWKS("Static JWKS"),
    JWKS_URL("JWKS URL"),
    METADATA_UPLOAD("Metadata upload"),
    METADATA_URL("Metadata URL");

    private final String label;

    KeySource(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static KeySource of(PartnerIssuerView partner) {
        if (PartnerRow.SAML2.equals(partner.protocol())) {
            return partner.metadataUrl() != null ? METADATA_URL : METADATA_UPLOAD;
        }
        return partner.jwksUri() != null ? JWKS_URL : STATIC_JWKS;
    }
}

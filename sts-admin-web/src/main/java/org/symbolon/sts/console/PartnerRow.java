package org.symbolon.sts.console;

import java.time.LocalDateTime;
import org.symbolon.sts.trust.PartnerIssuerView;

/** One line of the trusted partners table: a {@link PartnerIssuerView} as text, with getters for EL. */
public class PartnerRow {

    static final String SAML2 = "saml2";

    final PartnerIssuerView partner;
    private final CertificateExpiry expiry;

    /** {@code now}: the UTC wall-clock time the certificates' expiry is counted from. */
    PartnerRow(PartnerIssuerView partner, LocalDateTime now) {
        this.partner = partner;
        this.expiry = CertificateExpiry.of(partner.certificatesExpireAt(), now);
    }

    public String getIssuerId() {
        return partner.issuerId();
    }

    public String getName() {
        return partner.name();
    }

    public String getIssuer() {
        return partner.issuer();
    }

    public String getProtocol() {
        return SAML2.equals(partner.protocol()) ? "SAML 2.0" : "JWT";
    }

    public String getKeySource() {
        return KeySource.of(partner).label();
    }

    public boolean isEnabled() {
        return partner.enabled();
    }

    public String getEnabledText() {
        return partner.enabled() ? "Yes" : "No";
    }

    /** The earliest expiry of its certificates. */
    public String getCertificateExpiry() {
        return expiry.text();
    }

    public String getCertificateExpiryClass() {
        return expiry.styleClass();
    }
}

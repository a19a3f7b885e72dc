package org.symbolon.sts.console;

import java.time.LocalDateTime;
import java.util.List;
import org.symbolon.sts.trust.PartnerIssuerView;

/** Everything the detail page shows of one partner: its row, plus certificates, accepted tokens and rules. */
public final class PartnerDetails extends PartnerRow {

    private final List<CertificateRow> certificates;

    PartnerDetails(PartnerIssuerView partner, LocalDateTime now) {
        super(partner, now);
        this.certificates = partner.certificates().stream().map(c -> new CertificateRow(c, now)).toList();
    }

    /** The JWKS URL or metadata URL its keys come from; null for keys registered with it. */
    public String getKeyLocation() {
        return partner.jwksUri() != null ? partner.jwksUri() : partner.metadataUrl();
    }

    public String getAudience() {
        return partner.audience();
    }

    public List<String> getTokenTypes() {
        return partner.tokenTypes();
    }

    public String getAlgorithms() {
        return String.join(", ", partner.algorithms());
    }

    public List<CertificateRow> getCertificates() {
        return certificates;
    }

    public boolean isWithoutCertificates() {
        return certificates.isEmpty();
    }

    /** The incoming claims rules, indented; the page shows them as text. */
    public String getIncomingRules() {
        return IndentedJson.of(partner.incomingRules());
    }

    public boolean isWithoutIncomingRules() {
        String rules = partner.incomingRules();
        return rules == null || rules.replaceAll("\\s", "").equals("[]");
    }
}

package org.symbolon.sts.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbolon.sts.trust.CertificateInfo;
import org.symbolon.sts.trust.PartnerIssuerView;

class PartnerRowTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 12, 0);

    @Test
    void jwtPartnerShowsWhereItsKeysComeFrom() {
        PartnerRow staticKeys = new PartnerRow(partner("jwt", "{\"keys\":[]}", null, null, List.of(), "[]"), NOW);
        PartnerRow keysUrl = new PartnerRow(partner("jwt", null, "https://idp.test/jwks", null, List.of(), "[]"), NOW);

        assertEquals("JWT", staticKeys.getProtocol());
        assertEquals("Static JWKS", staticKeys.getKeySource());
        assertEquals("JWKS URL", keysUrl.getKeySource());
    }

    @Test
    void samlPartnerShowsWhereItsMetadataComesFrom() {
        PartnerRow uploaded = new PartnerRow(partner("saml2", null, null, null, List.of(), "[]"), NOW);
        PartnerRow fetched = new PartnerRow(partner("saml2", null, null, "https://idp.test/md", List.of(), "[]"), NOW);

        assertEquals("SAML 2.0", uploaded.getProtocol());
        assertEquals("Metadata upload", uploaded.getKeySource());
        assertEquals("Metadata URL", fetched.getKeySource());
    }

    @Test
    void rowShowsTheEarliestCertificateExpiryHighlightedWhenClose() {
        CertificateInfo soon = certificate(NOW.plusDays(12), false);
        CertificateInfo later = certificate(NOW.plusDays(400), false);
        PartnerRow row = new PartnerRow(partner("saml2", null, null, null, List.of(later, soon), "[]"), NOW);

        assertEquals("expires in 12 days (2026-03-22)", row.getCertificateExpiry());
        assertEquals("attention", row.getCertificateExpiryClass());
        assertEquals("Yes", row.getEnabledText());
    }

    @Test
    void detailsShowEveryCertificateAndTheRulesIndented() {
        CertificateInfo expired = certificate(NOW.minusDays(1), true);
        PartnerDetails details = new PartnerDetails(partner("saml2", null, null, "https://idp.test/md",
                List.of(expired), "[{\"remove\":\"x\"}]"), NOW);

        assertEquals("https://idp.test/md", details.getKeyLocation());
        assertEquals("RS256, ES256", details.getAlgorithms());
        CertificateRow row = details.getCertificates().get(0);
        assertEquals("CN=idp.test", row.getSubject());
        assertEquals("2026-03-09 12:00 UTC", row.getNotAfter());
        assertEquals("AB:CD", row.getSha256());
        assertEquals("Yes", row.getExpired());
        assertEquals("expired on 2026-03-09", row.getExpiry());
        assertEquals("[\n    {\n        \"remove\": \"x\"\n    }\n]", details.getIncomingRules());
        assertFalse(details.isWithoutIncomingRules());
        assertFalse(details.isWithoutCertificates());
    }

    @Test
    void detailsOfAPartnerWithStaticKeysAndNoRules() {
        PartnerDetails details = new PartnerDetails(partner("jwt", "{\"keys\":[]}", null, null, List.of(), "[ ]"), NOW);

        assertNull(details.getKeyLocation());
        assertTrue(details.isWithoutIncomingRules());
        assertTrue(details.isWithoutCertificates());
        assertEquals("no certificates", details.getCertificateExpiry());
    }

    private static CertificateInfo certificate(LocalDateTime notAfter, boolean expired) {
        return new CertificateInfo("CN=idp.test", notAfter.minusYears(1), notAfter, "AB:CD", expired);
    }

    private static PartnerIssuerView partner(String protocol, String jwks, String jwksUri, String metadataUrl,
            List<CertificateInfo> certificates, String rules) {
        LocalDateTime expireAt = certificates.stream().map(CertificateInfo::notAfter).min(LocalDateTime::compareTo)
                .orElse(null);
        return new PartnerIssuerView("acme", "https://idp.test", "ACME", protocol, jwks, jwksUri, metadataUrl, null,
                certificates, expireAt, List.of("urn:ietf:params:oauth:token-type:jwt"), "https://sts.test",
                List.of("RS256", "ES256"), rules, true, NOW, NOW);
    }
}

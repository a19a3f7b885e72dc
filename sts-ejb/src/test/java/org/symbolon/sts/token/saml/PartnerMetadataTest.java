package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.TestKeys;

/** A partner IdP's metadata: its entityID and signing certificates, its pinned signature, its validity. */
class PartnerMetadataTest {

    static final String ENTITY = "https://idp.acme.example/saml";
    static LoadedKey partnerKey;
    static LoadedKey federationKey;

    @BeforeAll
    static void keys() {
        OpenSamlSetup.ensureInitialised();
        KeyRing ring = TestKeys.ring(new TestConfig());
        partnerKey = ring.active(SigningAlgorithm.RS256);
        federationKey = TestKeys.ring(new TestConfig()).active(SigningAlgorithm.RS256);
    }

    static String metadata(LoadedKey signer, Instant validUntil) {
        EntityDescriptor entity = IdpMetadataBuilder.build(ENTITY, "_md1", List.of(partnerKey.certificate()),
                validUntil, Duration.ofHours(1), ENTITY + "/sso", ENTITY + "/slo");
        if (signer != null) {
            SamlSigner.sign(entity, signer);
        }
        return SamlXml.serialize(entity);
    }

    static Instant nextWeek() {
        return Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void entityIdAndSigningCertificatesAreRead() throws Exception {
        Instant validUntil = nextWeek();
        PartnerMetadata read = PartnerMetadata.read(metadata(null, validUntil), null, null);
        assertEquals(ENTITY, read.entityId());
        assertEquals(List.of(partnerKey.certificate()), read.signingCertificates());
        assertEquals(validUntil, read.validUntil());
        assertEquals(ENTITY, PartnerMetadata.read(metadata(null, null), ENTITY, null).entityId());
    }

    @Test
    void aPinnedCertificateMustHaveSignedTheDocument() throws Exception {
        String signed = metadata(federationKey, nextWeek());
        assertEquals(ENTITY, PartnerMetadata.read(signed, ENTITY, federationKey.certificate()).entityId());
        assertEquals("is not signed", assertThrows(SamlRefusal.class,
                () -> PartnerMetadata.read(metadata(null, nextWeek()), null, federationKey.certificate())).getMessage());
        assertThrows(SamlRefusal.class, () -> PartnerMetadata.read(metadata(partnerKey, nextWeek()), null,
                federationKey.certificate()));
        assertThrows(SamlRefusal.class, () -> PartnerMetadata.read(signed.replace(ENTITY, ENTITY + "/evil"), null,
                federationKey.certificate()));
    }

    @Test
    void expiredForeignOrHostileMetadataIsRefused() {
        assertTrue(assertThrows(SamlRefusal.class, () -> PartnerMetadata.read(
                metadata(null, Instant.now().minus(1, ChronoUnit.HOURS)), null, null)).getMessage().contains("expired"));
        assertTrue(assertThrows(SamlRefusal.class, () -> PartnerMetadata.read(metadata(null, null),
                "https://idp.other.example", null)).getMessage().contains("not https://idp.other.example"));
        assertEquals("contains a DTD, which is refused", assertThrows(SamlRefusal.class, () -> PartnerMetadata.read(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + metadata(null, null).replaceFirst("<\\?xml[^>]*>", ""), null, null)).getMessage());
        assertTrue(assertThrows(SamlRefusal.class, () -> PartnerMetadata.read(
                "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"" + ENTITY + "\"/>",
                null, null)).getMessage().contains("no signing certificate"));
    }
}

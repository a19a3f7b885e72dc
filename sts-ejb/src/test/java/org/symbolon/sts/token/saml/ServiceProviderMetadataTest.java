package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensaml.saml.saml2.metadata.EntitiesDescriptor;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.security.credential.UsageType;

/** A service provider's metadata: what is read from it, and what is refused with the reason. */
class ServiceProviderMetadataTest {

    final TestSp sp = new TestSp();

    @Test
    void endpointsCertificatesFlagsAndFormatsAreRead() throws Exception {
        ServiceProviderMetadata read = ServiceProviderMetadata.read(sp.metadata(true,
                d -> d.getKeyDescriptors().add(sp.keyDescriptor(UsageType.ENCRYPTION))), null, null);
        assertEquals(sp.entityId, read.entityId());
        assertEquals(List.of(new AcsEndpoint(TestSp.POST, sp.acs, 0, true),
                new AcsEndpoint(TestSp.ARTIFACT, sp.acs + "/artifact", 1, null)), read.assertionConsumerServices());
        assertEquals(List.of(new SloEndpoint(TestSp.REDIRECT, sp.entityId.replace("/saml", "/slo"),
                sp.entityId.replace("/saml", "/slo-response"))), read.singleLogoutServices());
        assertEquals(List.of(sp.key.certificate()), read.signingCertificates());
        assertEquals(List.of(sp.key.certificate()), read.encryptionCertificates());
        assertTrue(read.authnRequestsSigned());
        assertTrue(read.wantAssertionsSigned());
        assertEquals(List.of("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"), read.nameIdFormats());
        assertFalse(ServiceProviderMetadata.read(sp.metadata(false), null, null).authnRequestsSigned());
        assertTrue(ServiceProviderMetadata.read(sp.metadata(false), null, null).encryptionCertificates().isEmpty(),
                "a signing-only key is no encryption key");
    }

    @Test
    void theDefaultAcsIsTheOneMarkedElseTheFirstNotMarkedFalse() throws Exception {
        assertEquals(sp.acs, ServiceProviderMetadata.read(sp.metadata(false), null, null).defaultAcs().location());
        ServiceProviderMetadata unmarked = ServiceProviderMetadata.read(sp.metadata(false, d -> {
            d.getAssertionConsumerServices().clear();
            d.getAssertionConsumerServices().add(TestSp.acs(TestSp.POST, sp.acs + "/no", 0, false));
            d.getAssertionConsumerServices().add(TestSp.acs(TestSp.POST, sp.acs + "/yes", 1, null));
        }), null, null);
        assertEquals(sp.acs + "/yes", unmarked.defaultAcs().location());
    }

    @Test
    void hostileOrIncompleteMetadataIsRefusedWithTheReason() {
        assertEquals("contains a DTD, which is refused", reason("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + sp.metadata(false).replaceFirst("<\\?xml[^>]*>", "")));
        assertTrue(reason("<not-metadata/>").contains("not SAML 2.0 metadata"));
        assertEquals("is not well-formed XML", reason("not xml"));
        assertTrue(reason(sp.metadata(false).replace("urn:oasis:names:tc:SAML:2.0:protocol", "urn:other"))
                .contains("no SPSSODescriptor"));
        assertEquals("names no AssertionConsumerService",
                reason(sp.metadata(false, d -> d.getAssertionConsumerServices().clear())));
        assertTrue(reason(sp.metadata(false, d -> d.getAssertionConsumerServices().get(0)
                .setLocation("javascript:alert(1)"))).contains("AssertionConsumerService Location that is not an absolute http(s) URL"));
        assertTrue(reason(sp.metadata(false, d -> d.getAssertionConsumerServices().get(0)
                .setLocation("/relative/acs"))).contains("not an absolute http(s) URL"));
    }

    @Test
    void anAggregateOfSeveralServiceProvidersNeedsTheEntityIdToPickOne() throws Exception {
        TestSp other = new TestSp();
        EntitiesDescriptor aggregate = SamlObjects.build(EntitiesDescriptor.DEFAULT_ELEMENT_NAME);
        aggregate.getEntityDescriptors().add((EntityDescriptor) SamlTestSupport.parse(sp.metadata(false)));
        aggregate.getEntityDescriptors().add((EntityDescriptor) SamlTestSupport.parse(other.metadata(false)));
        for (EntityDescriptor e : aggregate.getEntityDescriptors()) {
            e.releaseDOM();
            e.releaseChildrenDOM(true);
        }
        String xml = SamlXml.serialize(aggregate);
        assertEquals("holds several service providers: give entityId to pick one", reason(xml));
        assertEquals(other.entityId, ServiceProviderMetadata.read(xml, other.entityId, null).entityId());
    }

    @Test
    void aPinnedCertificateMustHaveSignedTheDocument() throws Exception {
        TestSp federation = new TestSp();
        EntityDescriptor entity = SamlTestSupport.parse(sp.metadata(false));
        entity.setID("_md");
        entity.releaseDOM();
        String unsigned = SamlXml.serialize(entity);
        SamlSigner.sign(entity, federation.key);
        String signed = SamlXml.serialize(entity);
        assertEquals(sp.entityId, ServiceProviderMetadata.read(signed, null, federation.key.certificate()).entityId());
        assertEquals("is not signed", assertThrows(SamlRefusal.class, () -> ServiceProviderMetadata.read(
                unsigned, null, federation.key.certificate())).getMessage());
        assertThrows(SamlRefusal.class, () -> ServiceProviderMetadata.read(signed, null, sp.key.certificate()));
    }

    private static String reason(String xml) {
        return assertThrows(SamlRefusal.class, () -> ServiceProviderMetadata.read(xml, null, null)).getMessage();
    }
}

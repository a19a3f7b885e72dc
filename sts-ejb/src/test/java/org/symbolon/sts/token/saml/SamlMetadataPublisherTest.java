package org.symbolon.sts.token.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.IDPSSODescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.security.credential.UsageType;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.KeyState;
import org.symbolon.sts.keys.MasterKey;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.StoredKey;
import org.symbolon.sts.keys.TestKeys;

class SamlMetadataPublisherTest {

    private final TestConfig config = new TestConfig();
    private final MasterKey masterKey = TestKeys.masterKey(config);
    private KeyRing keyRing;
    private SamlMetadataPublisher publisher;

    @TempDir
    Path workDir;

    @BeforeEach
    void publisherWithGeneratedKeys() {
        OpenSamlSetup.ensureInitialised();
        keyRing = TestKeys.ring(config);
        publisher = new SamlMetadataPublisher();
        publisher.config = TestConfig.saml();
        publisher.keyRing = keyRing;
    }

    private X509Certificate certificate(KeyState state) {
        return state == KeyState.ACTIVE ? keyRing.active(SigningAlgorithm.RS256).certificate()
                : keyRing.next(SigningAlgorithm.RS256).orElseThrow().certificate();
    }

    private static IDPSSODescriptor idp(EntityDescriptor entity) {
        return entity.getIDPSSODescriptor(SAMLConstants.SAML20P_NS);
    }

    @Test
    void metadataNamesOurEntityAsASaml2IdentityProviderWithItsNameIdFormats() throws Exception {
        EntityDescriptor entity = SamlTestSupport.parse(publisher.metadata());

        assertEquals(TestConfig.ISSUER, entity.getEntityID());
        assertTrue(entity.getID().startsWith("_"));
        assertEquals(List.of(SAMLConstants.SAML20P_NS), idp(entity).getSupportedProtocols());
        assertEquals(List.of("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
                "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
                "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
                "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"),
                idp(entity).getNameIDFormats().stream().map(NameIDFormat::getURI).toList());
    }

    @Test
    void metadataAdvertisesSingleSignOnAndLogoutByRedirectAndPost() throws Exception {
        EntityDescriptor entity = SamlTestSupport.parse(publisher.metadata());
        List<String> bindings = List.of(SAMLConstants.SAML2_REDIRECT_BINDING_URI, SAMLConstants.SAML2_POST_BINDING_URI);

        assertEquals(bindings, idp(entity).getSingleSignOnServices().stream().map(e -> e.getBinding()).toList());
        assertTrue(idp(entity).getSingleSignOnServices().stream()
                .allMatch(e -> e.getLocation().equals(TestConfig.ISSUER + "/saml2/sso")));
        assertEquals(bindings, idp(entity).getSingleLogoutServices().stream().map(e -> e.getBinding()).toList());
        assertTrue(idp(entity).getSingleLogoutServices().stream()
                .allMatch(e -> e.getLocation().equals(TestConfig.ISSUER + "/saml2/slo")));
        assertEquals(4, idp(entity).getEndpoints().size(), "nothing else: no artifact resolution, no attribute query");
        assertEquals(1, entity.getRoleDescriptors().size());
    }

    @Test
    void activeAndNextKeysAreListedForSigning() throws Exception {
        EntityDescriptor entity = SamlTestSupport.parse(publisher.metadata());
        List<X509Certificate> listed = new ArrayList<>();
        for (KeyDescriptor descriptor : idp(entity).getKeyDescriptors()) {
            assertEquals(UsageType.SIGNING, descriptor.getUse());
            listed.addAll(KeyInfoSupport.getCertificates(descriptor.getKeyInfo()));
        }

        assertEquals(List.of(certificate(KeyState.ACTIVE), certificate(KeyState.NEXT)), listed);
    }

    @Test
    void metadataIsSignedByTheActiveKeyAndVerifiesWithOpenSamlAndXmlsec1() throws Exception {
        String xml = publisher.metadata();
        EntityDescriptor entity = SamlTestSupport.parse(xml);

        SamlTestSupport.verify(entity.getSignature(), certificate(KeyState.ACTIVE));
        assertEquals(List.of(certificate(KeyState.ACTIVE)), SamlTestSupport.keyInfoCertificates(entity.getSignature()));
        Xmlsec1.Result xmlsec1 = Xmlsec1.verify(xml, certificate(KeyState.ACTIVE), Xmlsec1.ENTITY_DESCRIPTOR_ID,
                workDir);
        assertTrue(xmlsec1.verified(), xmlsec1.output());
        assertFalse(xml.contains("&#13;"));
    }

    @Test
    void metadataIsValidForAWeekAndCachedForAnHour() throws Exception {
        Instant before = Instant.now();
        EntityDescriptor entity = SamlTestSupport.parse(publisher.metadata());

        Duration validFor = Duration.between(before, entity.getValidUntil());
        assertTrue(validFor.compareTo(Duration.ofDays(7).minusSeconds(2)) > 0, validFor.toString());
        assertTrue(validFor.compareTo(Duration.ofDays(7).plusSeconds(2)) < 0, validFor.toString());
        assertEquals(Duration.ofHours(1), entity.getCacheDuration());
    }

    @Test
    void signedCopyIsServedUntilTheKeysChange() throws Exception {
        String first = publisher.metadata();
        assertSame(first, publisher.metadata(), "no new signature per request");

        StoredKey newActive = TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.ACTIVE);
        StoredKey newNext = TestKeys.stored(masterKey, SigningAlgorithm.RS256, KeyState.NEXT);
        keyRing.load(List.of(newActive, newNext));
        String rotated = publisher.metadata();

        assertNotEquals(first, rotated);
        EntityDescriptor entity = SamlTestSupport.parse(rotated);
        SamlTestSupport.verify(entity.getSignature(), newActive.certificate().orElseThrow());
        assertEquals(2, idp(entity).getKeyDescriptors().size());
    }
}

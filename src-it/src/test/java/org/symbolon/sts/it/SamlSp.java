package org.symbolon.sts.it;

import java.security.cert.X509Certificate;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.metadata.AssertionConsumerService;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.saml.saml2.metadata.SPSSODescriptor;
import org.opensaml.saml.saml2.metadata.SingleLogoutService;
import org.opensaml.security.credential.UsageType;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.keyinfo.impl.X509KeyInfoGeneratorFactory;

/**
 * A SAML 2.0 service provider played by the test with OpenSAML: its signing and encryption keys and its
 * metadata (two ACS endpoints, a logout endpoint, NameID formats), as an SP publishes it.
 */
final class SamlSp {

    static final String POST = SAMLConstants.SAML2_POST_BINDING_URI;
    static final String REDIRECT = SAMLConstants.SAML2_REDIRECT_BINDING_URI;
    static final String EMAIL = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

    final String id = Sts.uniqueId("saml-sp");
    final String entityId = "https://" + id + ".example/saml";
    final String acs = "https://" + id + ".example/acs";
    SamlIdp.Signer signer = new SamlIdp.Signer();
    SamlIdp.Signer encryption = new SamlIdp.Signer();

    /** Its metadata; {@code metadataSigner} (or null) signs the document. */
    String metadata(SamlIdp.Signer metadataSigner, boolean withEncryptionKey) {
        EntityDescriptor entity = SamlIdp.build(EntityDescriptor.DEFAULT_ELEMENT_NAME);
        entity.setEntityID(entityId);
        entity.setID("_" + id);
        SPSSODescriptor sp = SamlIdp.build(SPSSODescriptor.DEFAULT_ELEMENT_NAME);
        sp.addSupportedProtocol(SAMLConstants.SAML20P_NS);
        sp.setAuthnRequestsSigned(true);
        sp.setWantAssertionsSigned(true);
        sp.getKeyDescriptors().add(key(UsageType.SIGNING, signer.certificate));
        if (withEncryptionKey) {
            sp.getKeyDescriptors().add(key(UsageType.ENCRYPTION, encryption.certificate));
        }
        SingleLogoutService slo = SamlIdp.build(SingleLogoutService.DEFAULT_ELEMENT_NAME);
        slo.setBinding(REDIRECT);
        slo.setLocation("https://" + id + ".example/slo");
        sp.getSingleLogoutServices().add(slo);
        NameIDFormat format = SamlIdp.build(NameIDFormat.DEFAULT_ELEMENT_NAME);
        format.setURI(EMAIL);
        sp.getNameIDFormats().add(format);
        sp.getAssertionConsumerServices().add(acs(POST, acs, 0, true));
        sp.getAssertionConsumerServices().add(acs(REDIRECT, acs + "/redirect", 1, null));
        entity.getRoleDescriptors().add(sp);
        if (metadataSigner != null) {
            metadataSigner.sign(entity);
        }
        return SamlIdp.serialize(entity);
    }

    String metadata() {
        return metadata(null, true);
    }

    private static AssertionConsumerService acs(String binding, String location, int index, Boolean isDefault) {
        AssertionConsumerService acs = SamlIdp.build(AssertionConsumerService.DEFAULT_ELEMENT_NAME);
        acs.setBinding(binding);
        acs.setLocation(location);
        acs.setIndex(index);
        if (isDefault != null) {
            acs.setIsDefault(isDefault);
        }
        return acs;
    }

    private static KeyDescriptor key(UsageType use, X509Certificate certificate) {
        try {
            KeyDescriptor key = SamlIdp.build(KeyDescriptor.DEFAULT_ELEMENT_NAME);
            key.setUse(use);
            X509KeyInfoGeneratorFactory factory = new X509KeyInfoGeneratorFactory();
            factory.setEmitEntityCertificate(true);
            key.setKeyInfo(factory.newInstance().generate(new BasicX509Credential(certificate)));
            return key;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

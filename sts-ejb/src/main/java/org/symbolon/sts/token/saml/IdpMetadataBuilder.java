package org.symbolon.sts.token.saml;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.IDPSSODescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.saml.saml2.metadata.SingleLogoutService;
import org.opensaml.saml.saml2.metadata.SingleSignOnService;
import org.opensaml.security.credential.UsageType;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.signature.KeyInfo;

/**
 * Our SAML 2.0 metadata as an identity provider: entityID, the signing certificates, the Single
 * Logout and Single Sign-On endpoints (HTTP-Redirect and HTTP-POST each) and the NameID formats.
 */
final class IdpMetadataBuilder {

    static final List<String> NAME_ID_FORMATS = List.of(NameIDType.PERSISTENT, NameIDType.TRANSIENT,
            NameIDType.EMAIL, NameIDType.UNSPECIFIED);

    private IdpMetadataBuilder() {
    }

    static final List<String> BINDINGS = List.of(SAMLConstants.SAML2_REDIRECT_BINDING_URI,
            SAMLConstants.SAML2_POST_BINDING_URI);

    static EntityDescriptor build(String entityId, String id, List<X509Certificate> signingCertificates,
            Instant validUntil, Duration cacheDuration, String ssoEndpoint, String sloEndpoint) {
        IDPSSODescriptor idp = SamlObjects.build(IDPSSODescriptor.DEFAULT_ELEMENT_NAME);
        idp.addSupportedProtocol(SAMLConstants.SAML20P_NS);
        for (X509Certificate certificate : signingCertificates) {
            idp.getKeyDescriptors().add(signingKey(certificate));
        }
        // schema order: KeyDescriptor, SingleLogoutService, NameIDFormat, SingleSignOnService
        for (String binding : BINDINGS) {
            SingleLogoutService slo = SamlObjects.build(SingleLogoutService.DEFAULT_ELEMENT_NAME);
            slo.setBinding(binding);
            slo.setLocation(sloEndpoint);
            idp.getSingleLogoutServices().add(slo);
        }
        for (String format : NAME_ID_FORMATS) {
            NameIDFormat nameIdFormat = SamlObjects.build(NameIDFormat.DEFAULT_ELEMENT_NAME);
            nameIdFormat.setURI(format);
            idp.getNameIDFormats().add(nameIdFormat);
        }
        for (String binding : BINDINGS) {
            SingleSignOnService sso = SamlObjects.build(SingleSignOnService.DEFAULT_ELEMENT_NAME);
            sso.setBinding(binding);
            sso.setLocation(ssoEndpoint);
            idp.getSingleSignOnServices().add(sso);
        }
        EntityDescriptor entity = SamlObjects.build(EntityDescriptor.DEFAULT_ELEMENT_NAME);
        entity.setEntityID(entityId);
        entity.setID(id);
        entity.setValidUntil(validUntil);
        entity.setCacheDuration(cacheDuration);
        entity.getRoleDescriptors().add(idp);
        return entity;
    }

    private static KeyDescriptor signingKey(X509Certificate certificate) {
        KeyInfo keyInfo = SamlObjects.build(KeyInfo.DEFAULT_ELEMENT_NAME);
        try {
            KeyInfoSupport.addCertificate(keyInfo, certificate);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Unencodable signing certificate", e);
        }
        KeyDescriptor descriptor = SamlObjects.build(KeyDescriptor.DEFAULT_ELEMENT_NAME);
        descriptor.setUse(UsageType.SIGNING);
        descriptor.setKeyInfo(keyInfo);
        return descriptor;
    }
}

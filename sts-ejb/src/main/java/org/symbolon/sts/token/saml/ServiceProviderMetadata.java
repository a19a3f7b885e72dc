package org.symbolon.sts.token.saml;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.metadata.AssertionConsumerService;
import org.opensaml.saml.saml2.metadata.EntitiesDescriptor;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.saml.saml2.metadata.SPSSODescriptor;
import org.opensaml.saml.saml2.metadata.SingleLogoutService;
import org.opensaml.security.credential.UsageType;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;

/**
 * What a SAML 2.0 service provider's metadata says: its entityID, the SPSSODescriptor (SAML 2.0
 * protocol) endpoints where our Responses and logout messages go, its certificates by use, whether
 * it signs its AuthnRequests and wants signed assertions, and the NameID formats it names.
 */
public record ServiceProviderMetadata(
        String entityId,
        List<AcsEndpoint> assertionConsumerServices,
        List<SloEndpoint> singleLogoutServices,
        List<X509Certificate> signingCertificates,
        List<X509Certificate> encryptionCertificates,
        boolean authnRequestsSigned,
        boolean wantAssertionsSigned,
        List<String> nameIdFormats) {

    public ServiceProviderMetadata {
        assertionConsumerServices = List.copyOf(assertionConsumerServices);
        singleLogoutServices = List.copyOf(singleLogoutServices);
        signingCertificates = List.copyOf(signingCertificates);
        encryptionCertificates = List.copyOf(encryptionCertificates);
        nameIdFormats = List.copyOf(nameIdFormats);
    }

    /**
     * @param entityId the entity to take from an aggregate; null for a single EntityDescriptor or an
     *                 aggregate holding exactly one service provider
     * @param pinned   the certificate that must have signed the document, or null
     */
    public static ServiceProviderMetadata read(String xml, String entityId, X509Certificate pinned) throws SamlRefusal {
        XMLObject root = MetadataDocument.open(xml, pinned);
        EntityDescriptor entity = root instanceof EntityDescriptor e ? e : pick((EntitiesDescriptor) root, entityId);
        if (entity.getEntityID() == null || entity.getEntityID().isBlank()) {
            throw new SamlRefusal("has no entityID");
        }
        if (entityId != null && !entityId.equals(entity.getEntityID())) {
            throw new SamlRefusal("describes entityID " + entity.getEntityID() + ", not " + entityId);
        }
        if (entity.getValidUntil() != null && !entity.getValidUntil().isAfter(Instant.now())) {
            throw new SamlRefusal("describes an entity whose validUntil has passed");
        }
        SPSSODescriptor sp = entity.getSPSSODescriptor(SAMLConstants.SAML20P_NS);
        if (sp == null) {
            throw new SamlRefusal("has no SPSSODescriptor supporting the SAML 2.0 protocol");
        }
        List<AcsEndpoint> acs = new ArrayList<>();
        for (AssertionConsumerService service : sp.getAssertionConsumerServices()) {
            acs.add(new AcsEndpoint(binding(service.getBinding(), "AssertionConsumerService"),
                    httpUrl(service.getLocation(), "an AssertionConsumerService Location"), service.getIndex(),
                    service.isDefaultXSBoolean() == null ? null : service.isDefaultXSBoolean().getValue()));
        }
        if (acs.isEmpty()) {
            throw new SamlRefusal("names no AssertionConsumerService");
        }
        List<SloEndpoint> slo = new ArrayList<>();
        for (SingleLogoutService service : sp.getSingleLogoutServices()) {
            slo.add(new SloEndpoint(binding(service.getBinding(), "SingleLogoutService"),
                    httpUrl(service.getLocation(), "a SingleLogoutService Location"),
                    service.getResponseLocation() == null ? null
                            : httpUrl(service.getResponseLocation(), "a SingleLogoutService ResponseLocation")));
        }
        List<String> formats = sp.getNameIDFormats().stream().map(NameIDFormat::getURI)
                .filter(uri -> uri != null && !uri.isBlank()).map(String::strip).distinct().toList();
        return new ServiceProviderMetadata(entity.getEntityID(), acs, slo, certificates(sp, UsageType.SIGNING),
                certificates(sp, UsageType.ENCRYPTION), Boolean.TRUE.equals(sp.isAuthnRequestsSigned()),
                Boolean.TRUE.equals(sp.getWantAssertionsSigned()), formats);
    }

    /** The ACS used when a request names none: the one marked default, else the first not marked otherwise, else the first. */
    public AcsEndpoint defaultAcs() {
        return assertionConsumerServices.stream().filter(a -> Boolean.TRUE.equals(a.isDefault())).findFirst()
                .or(() -> assertionConsumerServices.stream().filter(a -> a.isDefault() == null).findFirst())
                .orElse(assertionConsumerServices.get(0));
    }

    private static EntityDescriptor pick(EntitiesDescriptor aggregate, String entityId) throws SamlRefusal {
        List<EntityDescriptor> sps = new ArrayList<>();
        collect(aggregate, sps);
        List<EntityDescriptor> matching = sps.stream()
                .filter(e -> entityId == null || entityId.equals(e.getEntityID())).toList();
        if (matching.size() != 1) {
            throw new SamlRefusal(matching.isEmpty() ? "holds no service provider" + (entityId == null ? ""
                    : " with entityID " + entityId) : "holds several service providers: give entityId to pick one");
        }
        return matching.get(0);
    }

    private static void collect(EntitiesDescriptor aggregate, List<EntityDescriptor> into) {
        for (EntityDescriptor entity : aggregate.getEntityDescriptors()) {
            if (entity.getSPSSODescriptor(SAMLConstants.SAML20P_NS) != null) {
                into.add(entity);
            }
        }
        for (EntitiesDescriptor nested : aggregate.getEntitiesDescriptors()) {
            collect(nested, into);
        }
    }

    private static String binding(String binding, String element) throws SamlRefusal {
        if (binding == null || !binding.matches("\\S{1,1024}")) {
            throw new SamlRefusal("has a " + element + " without a valid Binding");
        }
        return binding;
    }

    /** An absolute http(s) URL with a host and no fragment: nothing else may receive a Response. */
    private static String httpUrl(String location, String what) throws SamlRefusal {
        try {
            URI uri = location == null ? null : new URI(location);
            if (uri != null && uri.isAbsolute() && uri.getHost() != null && uri.getFragment() == null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return location;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new SamlRefusal("has " + what + " that is not an absolute http(s) URL");
    }

    private static List<X509Certificate> certificates(SPSSODescriptor sp, UsageType wanted) throws SamlRefusal {
        Set<X509Certificate> certificates = new LinkedHashSet<>();
        for (KeyDescriptor key : sp.getKeyDescriptors()) {
            UsageType use = key.getUse();
            if ((use == null || use == UsageType.UNSPECIFIED || use == wanted) && key.getKeyInfo() != null) {
                try {
                    certificates.addAll(KeyInfoSupport.getCertificates(key.getKeyInfo()));
                } catch (CertificateException e) {
                    throw new SamlRefusal("holds a certificate that cannot be read");
                }
            }
        }
        return new ArrayList<>(certificates);
    }
}

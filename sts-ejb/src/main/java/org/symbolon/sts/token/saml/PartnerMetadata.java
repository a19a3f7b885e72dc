package org.symbolon.sts.token.saml;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.saml2.metadata.EntitiesDescriptor;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.IDPSSODescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.RoleDescriptor;
import org.opensaml.security.credential.UsageType;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.w3c.dom.Element;

/**
 * A partner identity provider's SAML 2.0 metadata: its entityID and the certificates its
 * IDPSSODescriptor names for signing. When a certificate is pinned for the metadata, the document
 * must carry an enveloped signature by it, covering the whole document.
 *
 * @param entityId            the IdP's entityID: the Issuer of its assertions
 * @param signingCertificates certificates from KeyDescriptors with use="signing" or no use
 * @param validUntil          the document's validUntil, or null
 */
public record PartnerMetadata(String entityId, List<X509Certificate> signingCertificates, Instant validUntil) {

    /** Largest metadata document accepted, in bytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** Signature algorithms a metadata signature may use. */
    private static final Set<String> METADATA_ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384",
            "PS512", "ES256", "ES384", "ES512");

    /**
     * @param entityId the entity to take from an aggregate (EntitiesDescriptor); null for a single EntityDescriptor
     *                 or an aggregate holding exactly one identity provider
     * @param pinned   the certificate that must have signed the document, or null
     */
    public static PartnerMetadata read(String xml, String entityId, X509Certificate pinned) throws SamlRefusal {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new SamlRefusal("is larger than " + MAX_BYTES + " bytes");
        }
        Element root = IncomingXml.parse(bytes);
        XMLObject object = IncomingXml.unmarshall(root);
        if (!(object instanceof EntityDescriptor) && !(object instanceof EntitiesDescriptor)) {
            throw new SamlRefusal("is not SAML 2.0 metadata (EntityDescriptor or EntitiesDescriptor)");
        }
        if (pinned != null) {
            SignableSAMLObject signed = (SignableSAMLObject) object;
            String id = object instanceof EntityDescriptor e ? e.getID() : ((EntitiesDescriptor) object).getID();
            IncomingXml.requireUniqueId(root, id);
            XmlSignatureCheck.verify(signed, List.of(pinned), METADATA_ALGORITHMS);
        }
        Instant now = Instant.now();
        Instant validUntil = object instanceof EntityDescriptor e ? e.getValidUntil()
                : ((EntitiesDescriptor) object).getValidUntil();
        if (validUntil != null && !validUntil.isAfter(now)) {
            throw new SamlRefusal("expired at its validUntil " + validUntil);
        }
        EntityDescriptor entity = object instanceof EntityDescriptor e ? e : pick((EntitiesDescriptor) object, entityId);
        if (entity.getValidUntil() != null && !entity.getValidUntil().isAfter(now)) {
            throw new SamlRefusal("describes an entity whose validUntil has passed");
        }
        if (entityId != null && !entityId.equals(entity.getEntityID())) {
            throw new SamlRefusal("describes entityID " + entity.getEntityID() + ", not " + entityId);
        }
        if (entity.getEntityID() == null || entity.getEntityID().isBlank()) {
            throw new SamlRefusal("has no entityID");
        }
        List<X509Certificate> certificates = signingCertificates(entity);
        if (certificates.isEmpty()) {
            throw new SamlRefusal("names no signing certificate in an IDPSSODescriptor");
        }
        Instant until = validUntil == null ? entity.getValidUntil()
                : entity.getValidUntil() == null || validUntil.isBefore(entity.getValidUntil()) ? validUntil
                : entity.getValidUntil();
        return new PartnerMetadata(entity.getEntityID(), List.copyOf(certificates), until);
    }

    private static EntityDescriptor pick(EntitiesDescriptor aggregate, String entityId) throws SamlRefusal {
        List<EntityDescriptor> idps = new ArrayList<>();
        collect(aggregate, idps);
        List<EntityDescriptor> matching = idps.stream()
                .filter(e -> entityId == null || entityId.equals(e.getEntityID())).toList();
        if (matching.size() != 1) {
            throw new SamlRefusal(matching.isEmpty() ? "holds no identity provider" + (entityId == null ? ""
                    : " with entityID " + entityId) : "holds several identity providers: give the issuer to pick one");
        }
        return matching.get(0);
    }

    private static void collect(EntitiesDescriptor aggregate, List<EntityDescriptor> into) {
        for (EntityDescriptor entity : aggregate.getEntityDescriptors()) {
            if (!entity.getRoleDescriptors(IDPSSODescriptor.DEFAULT_ELEMENT_NAME).isEmpty()) {
                into.add(entity);
            }
        }
        for (EntitiesDescriptor nested : aggregate.getEntitiesDescriptors()) {
            collect(nested, into);
        }
    }

    private static List<X509Certificate> signingCertificates(EntityDescriptor entity) throws SamlRefusal {
        Set<X509Certificate> certificates = new LinkedHashSet<>();
        for (RoleDescriptor role : entity.getRoleDescriptors(IDPSSODescriptor.DEFAULT_ELEMENT_NAME)) {
            for (KeyDescriptor key : role.getKeyDescriptors()) {
                UsageType use = key.getUse();
                if ((use == null || use == UsageType.SIGNING || use == UsageType.UNSPECIFIED) && key.getKeyInfo() != null) {
                    try {
                        certificates.addAll(KeyInfoSupport.getCertificates(key.getKeyInfo()));
                    } catch (CertificateException e) {
                        throw new SamlRefusal("holds a certificate that cannot be read");
                    }
                }
            }
        }
        return new ArrayList<>(certificates);
    }
}

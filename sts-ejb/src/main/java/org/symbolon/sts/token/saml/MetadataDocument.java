package org.symbolon.sts.token.saml;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.saml2.metadata.EntitiesDescriptor;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.w3c.dom.Element;

/**
 * A metadata document as it arrives: bounded in size, parsed without DTDs, an EntityDescriptor or
 * EntitiesDescriptor, signed by the pinned certificate when one is given, and not past its validUntil.
 */
final class MetadataDocument {

    /** Largest metadata document accepted, in bytes. */
    static final int MAX_BYTES = PartnerMetadata.MAX_BYTES;

    private static final Set<String> METADATA_ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384",
            "PS512", "ES256", "ES384", "ES512");

    private MetadataDocument() {
    }

    /** The document's root object, checked; {@code pinned} may be null. */
    static XMLObject open(String xml, X509Certificate pinned) throws SamlRefusal {
        if (xml == null || xml.isBlank()) {
            throw new SamlRefusal("is empty");
        }
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new SamlRefusal("is larger than " + MAX_BYTES + " bytes");
        }
        Element root = IncomingXml.parse(bytes);
        if (!"urn:oasis:names:tc:SAML:2.0:metadata".equals(root.getNamespaceURI())) {
            throw new SamlRefusal("is not SAML 2.0 metadata (EntityDescriptor or EntitiesDescriptor)");
        }
        XMLObject object = IncomingXml.unmarshall(root);
        if (!(object instanceof EntityDescriptor) && !(object instanceof EntitiesDescriptor)) {
            throw new SamlRefusal("is not SAML 2.0 metadata (EntityDescriptor or EntitiesDescriptor)");
        }
        if (pinned != null) {
            String id = object instanceof EntityDescriptor e ? e.getID() : ((EntitiesDescriptor) object).getID();
            IncomingXml.requireUniqueId(root, id);
            XmlSignatureCheck.verify((SignableSAMLObject) object, List.of(pinned), METADATA_ALGORITHMS);
        }
        Instant validUntil = object instanceof EntityDescriptor e ? e.getValidUntil()
                : ((EntitiesDescriptor) object).getValidUntil();
        if (validUntil != null && !validUntil.isAfter(Instant.now())) {
            throw new SamlRefusal("expired at its validUntil " + validUntil);
        }
        return object;
    }
}

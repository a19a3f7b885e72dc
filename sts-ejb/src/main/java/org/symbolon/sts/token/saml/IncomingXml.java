package org.symbolon.sts.token.saml;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.io.Unmarshaller;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Incoming SAML documents, parsed by the hardened parser pool (a DOCTYPE ends parsing: no DTD, no
 * entity, no external fetch) and unmarshalled from their root only.
 */
final class IncomingXml {

    private IncomingXml() {
    }

    static Element parse(byte[] xml) throws SamlRefusal {
        try {
            Document document = OpenSamlSetup.ensureInitialised().parse(new ByteArrayInputStream(xml));
            return document.getDocumentElement();
        } catch (XMLParserException e) {
            String why = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            throw new SamlRefusal(why.contains("DOCTYPE") ? "contains a DTD, which is refused"
                    : "is not well-formed XML");
        }
    }

    static XMLObject unmarshall(Element root) throws SamlRefusal {
        Unmarshaller unmarshaller = XMLObjectProviderRegistrySupport.getUnmarshallerFactory().getUnmarshaller(root);
        if (unmarshaller == null) {
            throw new SamlRefusal("has an unknown root element");
        }
        try {
            return unmarshaller.unmarshall(root);
        } catch (UnmarshallingException | RuntimeException e) {
            throw new SamlRefusal("is not valid SAML");
        }
    }

    /**
     * Signature wrapping needs a second element that claims the signed element's ID; a document
     * where any other element carries an attribute with that value is refused outright.
     */
    static void requireUniqueId(Element signed, String id) throws SamlRefusal {
        if (id == null || id.isBlank()) {
            throw new SamlRefusal("has no ID");
        }
        if (countWithId(signed.getOwnerDocument().getDocumentElement(), id) != 1) {
            throw new SamlRefusal("contains another element with the signed element's ID");
        }
    }

    private static int countWithId(Element root, String id) {
        int count = 0;
        Deque<Element> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                if (name.equalsIgnoreCase("id") && id.equals(attribute.getValue())) {
                    count++;
                    break;
                }
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e) {
                    pending.push(e);
                }
            }
        }
        return count;
    }
}

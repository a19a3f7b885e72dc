package org.symbolon.sts.token.saml;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.io.MarshallingException;
import org.opensaml.core.xml.util.XMLObjectSupport;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSOutput;
import org.w3c.dom.ls.LSSerializer;
import org.w3c.dom.ls.LSSerializerFilter;

/**
 * SAML objects as text. A signed object is written from the DOM that was signed, byte for byte the
 * same content, never re-marshalled or pretty-printed (either would break the signature).
 * <p>
 * The text is what OpenSAML's {@code SerializeSupport.nodeToString} writes (the same serializer, the
 * same accept-all filter, a UTF-8 declaration), but written straight into a string: writing it as
 * UTF-8 bytes and decoding them again wrapped every small write in a charset encoder's buffer, a
 * quarter of all the memory a JWT-to-SAML exchange allocated.
 */
final class SamlXml {

    private static final LSSerializerFilter EVERY_NODE = new LSSerializerFilter() {
        @Override
        public short acceptNode(Node node) {
            return FILTER_ACCEPT;
        }

        @Override
        public int getWhatToShow() {
            return SHOW_ALL;
        }
    };

    private SamlXml() {
    }

    static String serialize(XMLObject object) {
        try {
            Element dom = object.getDOM() != null ? object.getDOM() : XMLObjectSupport.marshall(object);
            return write(dom);
        } catch (MarshallingException e) {
            throw new IllegalStateException("Could not marshal " + object.getElementQName(), e);
        }
    }

    private static String write(Element dom) {
        DOMImplementationLS ls = (DOMImplementationLS) dom.getOwnerDocument().getImplementation().getFeature("LS", "3.0");
        LSSerializer serializer = ls.createLSSerializer();
        serializer.setFilter(EVERY_NODE);
        StringWriter text = new StringWriter(4096);
        LSOutput output = ls.createLSOutput();
        output.setCharacterStream(text);
        output.setEncoding(StandardCharsets.UTF_8.name());
        if (!serializer.write(dom, output)) {
            throw new IllegalStateException("Could not serialise " + dom.getLocalName());
        }
        return text.toString();
    }
}

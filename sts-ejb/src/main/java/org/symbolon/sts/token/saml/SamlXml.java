package org.symbolon.sts.token.saml;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.io.MarshallingException;
import org.opensaml.core.xml.util.XMLObjectSupport;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSOutput;
import org.w3c.dom.ls.LSSerializer;
import org.w3c.dom.ls.LSSerializerFilter;

/**
 * SAML objects as text. A signed object is written from the DOM that was signed, byte for byte the
 * same content, never re-marshalled or pretty-printed (either would break the signature).
 * <p>
 * The text is what OpenSAML's {@code SerializeSupport.nodeToString} writes with the JDK's DOM
 * serializer, character for character: a UTF-8 declaration; on each element, first the declaration
 * of its own prefix when no ancestor declares it, then its attributes in the DOM's order; the same
 * escapes. A walk of the DOM writes it into one string builder: the JDK's serializer, set up anew
 * for every object, took 5.5 % of the server's CPU in a JWT-to-SAML exchange. OpenSAML declares
 * every namespace it uses in the DOM; a DOM the walk does not expect (a comment, an attribute of an
 * undeclared namespace) goes to the JDK's serializer instead. What XML 1.0 cannot carry (a control
 * character, a lone surrogate) is refused with {@link UnwritableXmlException}, where the JDK's
 * serializer wrote a character reference that no XML parser accepts.
 */
final class SamlXml {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

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

    /** A namespace prefix bound by an element (the default namespace under the prefix ""), over its ancestors' bindings. */
    private record Scope(Scope outer, String prefix, String uri) {

        static String lookUp(Scope scope, String prefix) {
            for (Scope s = scope; s != null; s = s.outer) {
                if (s.prefix.equals(prefix)) {
                    return s.uri;
                }
            }
            return prefix.isEmpty() ? "" : null;
        }
    }

    /** The walk met a DOM it does not write as the JDK's serializer would. */
    private static final class Unexpected extends Exception {

        Unexpected() {
            super(null, null, false, false);
        }
    }

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
        StringBuilder text = new StringBuilder(4096).append(DECLARATION);
        try {
            element(dom, null, text);
            return text.toString();
        } catch (Unexpected e) {
            return jdkWrite(dom);
        }
    }

    private static void element(Element element, Scope inherited, StringBuilder text) throws Unexpected {
        String name = element.getTagName();
        text.append('<').append(name);
        String prefix = element.getPrefix() == null ? "" : element.getPrefix();
        String uri = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
        Scope scope = inherited;
        boolean declaredFirst = !uri.equals(Scope.lookUp(inherited, prefix));
        if (declaredFirst) {
            scope = new Scope(scope, prefix, uri);
            text.append(prefix.isEmpty() ? " xmlns" : " xmlns:").append(prefix).append("=\"");
            escape(uri, true, text);
            text.append('"');
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getName();
            boolean declaration = attributeName.equals("xmlns") || attributeName.startsWith("xmlns:");
            if (declaration) {
                String declared = attributeName.length() == 5 ? "" : attributeName.substring(6);
                if (declaredFirst && declared.equals(prefix)) {
                    if (!attribute.getValue().equals(uri)) {
                        throw new Unexpected();
                    }
                    continue;
                }
                scope = new Scope(scope, declared, attribute.getValue());
            }
            text.append(' ').append(attributeName).append("=\"");
            escape(attribute.getValue(), true, text);
            text.append('"');
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributePrefix = attribute.getPrefix();
            if (attributePrefix != null && !attributePrefix.equals("xmlns") && !attributePrefix.equals("xml")
                    && !attribute.getNamespaceURI().equals(Scope.lookUp(scope, attributePrefix))) {
                throw new Unexpected();
            }
        }
        Node child = element.getFirstChild();
        if (child == null) {
            text.append("/>");
            return;
        }
        text.append('>');
        for (; child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) child, scope, text);
                case Node.TEXT_NODE -> escape(child.getNodeValue(), false, text);
                default -> throw new Unexpected();
            }
        }
        text.append("</").append(name).append('>');
    }

    /**
     * The escapes of the JDK's serializer: markup, in attribute values also the quote and the white
     * space they would lose, and every character beyond the Basic Multilingual Plane as a reference.
     */
    private static void escape(String value, boolean attribute, StringBuilder text) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> text.append("&amp;");
                case '<' -> text.append("&lt;");
                case '>' -> text.append("&gt;");
                case '\r' -> text.append("&#13;");
                case '"' -> text.append(attribute ? "&quot;" : "\"");
                case '\n' -> text.append(attribute ? "&#10;" : "\n");
                case '\t' -> text.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        throw new UnwritableXmlException("A character XML cannot carry: U+" + Integer.toHexString(c));
                    }
                    if (!Character.isSurrogate(c)) {
                        text.append(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        text.append("&#").append(Character.toCodePoint(c, value.charAt(++i))).append(';');
                    } else {
                        throw new UnwritableXmlException("A lone surrogate XML cannot carry: U+" + Integer.toHexString(c));
                    }
                }
            }
        }
    }

    private static String jdkWrite(Element dom) {
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

package org.symbolon.sts.token.saml;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Santuario (every version, 2.x to 4.x) wraps the base64 it writes with CRLF, which a DOM serialiser
 * must write as {@code &#13;}: legal XML, but it trips up relying parties that read the text as it
 * stands. Only values outside any signed content are touched (a SignatureValue is not signed by its
 * own signature; a CipherValue is opaque), so their line breaks can become plain line feeds.
 */
final class Base64LineBreaks {

    static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
    static final String XENC_NS = "http://www.w3.org/2001/04/xmlenc#";

    private Base64LineBreaks() {
    }

    static void toLineFeeds(Element root, String namespace, String localName) {
        NodeList values = root.getElementsByTagNameNS(namespace, localName);
        for (int i = 0; i < values.getLength(); i++) {
            Element value = (Element) values.item(i);
            value.setTextContent(value.getTextContent().replace("\r", ""));
        }
    }
}

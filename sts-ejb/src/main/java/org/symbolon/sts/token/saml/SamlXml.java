package org.symbolon.sts.token.saml;

import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.io.MarshallingException;
import org.opensaml.core.xml.util.XMLObjectSupport;
import org.w3c.dom.Element;

/**
 * SAML objects as text. A signed object is written from the DOM that was signed, byte for byte the
 * same content, never re-marshalled or pretty-printed (either would break the signature).
 */
final class SamlXml {

    private SamlXml() {
    }

    static String serialize(XMLObject object) {
        try {
            Element dom = object.getDOM() != null ? object.getDOM() : XMLObjectSupport.marshall(object);
            return SerializeSupport.nodeToString(dom);
        } catch (MarshallingException e) {
            throw new IllegalStateException("Could not marshal " + object.getElementQName(), e);
        }
    }
}

package org.symbolon.sts.token.saml;

import javax.xml.namespace.QName;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.schema.XSString;
import org.opensaml.core.xml.util.XMLObjectSupport;

/** Typed access to OpenSAML's builder registry, initialised on first use if {@link OpenSamlRuntime} has not done it yet. */
final class SamlObjects {

    private SamlObjects() {
    }

    @SuppressWarnings("unchecked")
    static <T extends XMLObject> T build(QName elementName) {
        OpenSamlSetup.ensureInitialised();
        return (T) XMLObjectSupport.buildXMLObject(elementName);
    }

    /** An element of type xs:string, such as an AttributeValue. */
    static XSString string(QName elementName, String value) {
        OpenSamlSetup.ensureInitialised();
        XSString element = XMLObjectProviderRegistrySupport.getBuilderFactory().<XSString>getBuilderOrThrow(
                XSString.TYPE_NAME).buildObject(elementName, XSString.TYPE_NAME);
        element.setValue(value);
        return element;
    }
}

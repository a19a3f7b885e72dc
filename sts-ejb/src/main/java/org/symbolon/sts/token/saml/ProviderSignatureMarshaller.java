package org.symbolon.sts.token.saml;

import java.security.Provider;
import net.shibboleth.utilities.java.support.xml.ElementSupport;
import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.io.Marshaller;
import org.opensaml.core.xml.io.MarshallingException;
import org.opensaml.xmlsec.algorithm.AlgorithmSupport;
import org.opensaml.xmlsec.signature.KeyInfo;
import org.opensaml.xmlsec.signature.impl.SignatureImpl;
import org.opensaml.xmlsec.signature.support.ContentReference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Marshals {@code ds:Signature} as OpenSAML's own marshaller does, except that the SignatureMethod
 * is computed by the JCA provider of the signing credential when it is a {@link ProviderCredential}
 * with one: Santuario otherwise always asks the JVM's global provider list, which the application
 * does not change. Any other signature gets no provider, which is exactly what OpenSAML's marshaller
 * does. Canonicalisation, references, digests and KeyInfo are built the same way in every case.
 */
final class ProviderSignatureMarshaller implements Marshaller {

    @Override
    public Element marshall(XMLObject xmlObject) throws MarshallingException {
        try {
            return marshall(xmlObject, XMLObjectProviderRegistrySupport.getParserPool().newDocument());
        } catch (XMLParserException e) {
            throw new MarshallingException("Unable to create Document to place marshalled elements in", e);
        }
    }

    @Override
    public Element marshall(XMLObject xmlObject, Element parentElement) throws MarshallingException {
        Element signature = signatureElement((SignatureImpl) xmlObject, parentElement.getOwnerDocument());
        ElementSupport.appendChildElement(parentElement, signature);
        return signature;
    }

    @Override
    public Element marshall(XMLObject xmlObject, Document document) throws MarshallingException {
        Element signature = signatureElement((SignatureImpl) xmlObject, document);
        Element root = document.getDocumentElement();
        if (root != null) {
            document.replaceChild(signature, root);
        } else {
            document.appendChild(signature);
        }
        return signature;
    }

    private static Element signatureElement(SignatureImpl signature, Document document) throws MarshallingException {
        Provider provider = signature.getSigningCredential() instanceof ProviderCredential credential
                ? credential.provider() : null;
        try {
            String algorithm = signature.getSignatureAlgorithm();
            Integer hmacLength = signature.getHMACOutputLength();
            int length = hmacLength != null && AlgorithmSupport.isHMAC(algorithm) ? hmacLength : 0;
            XMLSignature xmlSignature = new XMLSignature(document, "", algorithm, length,
                    signature.getCanonicalizationAlgorithm(), provider, null);
            for (ContentReference reference : signature.getContentReferences()) {
                reference.createReference(xmlSignature);
            }
            Element element = xmlSignature.getElement();
            KeyInfo keyInfo = signature.getKeyInfo();
            if (keyInfo != null) {
                XMLObjectProviderRegistrySupport.getMarshallerFactory().getMarshaller(KeyInfo.DEFAULT_ELEMENT_NAME)
                        .marshall(keyInfo, element);
            }
            signature.setXMLSignature(xmlSignature);
            signature.setDOM(element);
            signature.releaseParentDOM(true);
            return element;
        } catch (XMLSecurityException e) {
            throw new MarshallingException("Unable to construct signature Element " + signature.getElementQName(), e);
        }
    }
}

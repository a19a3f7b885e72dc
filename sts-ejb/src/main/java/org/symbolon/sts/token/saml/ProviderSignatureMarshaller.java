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
import org.opensaml.xmlsec.signature.impl.SignatureMarshaller;
import org.opensaml.xmlsec.signature.support.ContentReference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Marshals {@code ds:Signature} as OpenSAML's own marshaller does, except that a signature whose
 * signing credential is a {@link ProviderCredential} gets its SignatureMethod computed by that
 * credential's JCA provider: Santuario otherwise always asks the JVM's global provider list, which
 * the application does not change. Every other signature (and every signature we only verify) goes
 * to OpenSAML's marshaller unchanged. Canonicalisation, references, digests and KeyInfo are built
 * the same way in both cases.
 */
final class ProviderSignatureMarshaller implements Marshaller {

    private final SignatureMarshaller standard = new SignatureMarshaller();

    @Override
    public Element marshall(XMLObject xmlObject) throws MarshallingException {
        Provider provider = providerOf(xmlObject);
        if (provider == null) {
            return standard.marshall(xmlObject);
        }
        try {
            return marshall(xmlObject, XMLObjectProviderRegistrySupport.getParserPool().newDocument());
        } catch (XMLParserException e) {
            throw new MarshallingException("Unable to create Document to place marshalled elements in", e);
        }
    }

    @Override
    public Element marshall(XMLObject xmlObject, Element parentElement) throws MarshallingException {
        Provider provider = providerOf(xmlObject);
        if (provider == null) {
            return standard.marshall(xmlObject, parentElement);
        }
        Element signature = signatureElement((SignatureImpl) xmlObject, parentElement.getOwnerDocument(), provider);
        ElementSupport.appendChildElement(parentElement, signature);
        return signature;
    }

    @Override
    public Element marshall(XMLObject xmlObject, Document document) throws MarshallingException {
        Provider provider = providerOf(xmlObject);
        if (provider == null) {
            return standard.marshall(xmlObject, document);
        }
        Element signature = signatureElement((SignatureImpl) xmlObject, document, provider);
        Element root = document.getDocumentElement();
        if (root != null) {
            document.replaceChild(signature, root);
        } else {
            document.appendChild(signature);
        }
        return signature;
    }

    private static Provider providerOf(XMLObject xmlObject) {
        return xmlObject instanceof SignatureImpl signature
                && signature.getSigningCredential() instanceof ProviderCredential credential
                ? credential.provider() : null;
    }

    private static Element signatureElement(SignatureImpl signature, Document document, Provider provider)
            throws MarshallingException {
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

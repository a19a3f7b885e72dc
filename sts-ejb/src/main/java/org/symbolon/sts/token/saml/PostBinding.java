package org.symbolon.sts.token.saml;

/** The HTTP-POST binding (SAML bindings 3.5): {@code SAMLRequest} is base64 of the XML, signed inside if at all. */
public final class PostBinding {

    private PostBinding() {
    }

    public static SamlRequestMessage decode(String samlRequest, String relayState) throws SamlRefusal {
        if (samlRequest == null || samlRequest.isBlank()) {
            throw new SamlRefusal("has no SAMLRequest");
        }
        if (samlRequest.length() > SamlRequestMessage.MAX_BYTES * 4 / 3 + 4096) {
            throw new SamlRefusal("SAMLRequest is larger than " + SamlRequestMessage.MAX_BYTES + " bytes");
        }
        byte[] xml = RedirectBinding.base64(samlRequest, "SAMLRequest");
        if (xml.length > SamlRequestMessage.MAX_BYTES) {
            throw new SamlRefusal("SAMLRequest is larger than " + SamlRequestMessage.MAX_BYTES + " bytes");
        }
        return new SamlRequestMessage(xml, SamlRequestMessage.relayState(relayState), null);
    }
}

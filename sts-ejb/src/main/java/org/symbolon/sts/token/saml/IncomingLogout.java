package org.symbolon.sts.token.saml;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.saml2.core.LogoutRequest;
import org.opensaml.saml.saml2.core.LogoutResponse;
import org.opensaml.saml.saml2.core.RequestAbstractType;
import org.opensaml.saml.saml2.core.SessionIndex;
import org.opensaml.saml.saml2.core.StatusResponseType;
import org.w3c.dom.Element;

/**
 * A LogoutRequest or LogoutResponse read from a binding's XML, parsed without DTDs; its parts are read only
 * from the root element, and whether it is acceptable is for the caller to decide. An encrypted NameID is
 * not read (Symbolon never sends one).
 */
public final class IncomingLogout {

    private static final Set<String> ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
            "ES256", "ES384", "ES512");

    private final XMLObject message;
    private final Element root;

    private IncomingLogout(XMLObject message, Element root) {
        this.message = message;
        this.root = root;
    }

    public static IncomingLogout parse(byte[] xml, boolean response) throws SamlRefusal {
        Element root = IncomingXml.parse(xml);
        XMLObject object = IncomingXml.unmarshall(root);
        if (response ? !(object instanceof LogoutResponse) : !(object instanceof LogoutRequest)) {
            throw new SamlRefusal(response ? "is not a LogoutResponse" : "is not a LogoutRequest");
        }
        return new IncomingLogout(object, root);
    }

    public String id() {
        return message instanceof RequestAbstractType r ? r.getID() : ((StatusResponseType) message).getID();
    }

    public String issuer() {
        var issuer = message instanceof RequestAbstractType r ? r.getIssuer() : ((StatusResponseType) message).getIssuer();
        return issuer == null || issuer.getValue() == null ? null : issuer.getValue().strip();
    }

    public boolean isVersion20() {
        return SAMLVersion.VERSION_20.equals(message instanceof RequestAbstractType r ? r.getVersion()
                : ((StatusResponseType) message).getVersion());
    }

    public String destination() {
        return message instanceof RequestAbstractType r ? r.getDestination()
                : ((StatusResponseType) message).getDestination();
    }

    public Instant issueInstant() {
        return message instanceof RequestAbstractType r ? r.getIssueInstant()
                : ((StatusResponseType) message).getIssueInstant();
    }

    /** The LogoutRequest's NameID value, or null. */
    public String nameId() {
        return message instanceof LogoutRequest r && r.getNameID() != null ? r.getNameID().getValue() : null;
    }

    public List<String> sessionIndexes() {
        return message instanceof LogoutRequest r ? r.getSessionIndexes().stream().map(SessionIndex::getValue)
                .filter(v -> v != null).toList() : List.of();
    }

    /** The LogoutResponse's InResponseTo, or null. */
    public String inResponseTo() {
        return message instanceof LogoutResponse r ? r.getInResponseTo() : null;
    }

    /** The LogoutResponse's top-level status code, or null. */
    public String statusCode() {
        return message instanceof LogoutResponse r && r.getStatus() != null && r.getStatus().getStatusCode() != null
                ? r.getStatus().getStatusCode().getValue() : null;
    }

    public boolean hasXmlSignature() {
        return ((org.opensaml.saml.common.SignableSAMLObject) message).getSignature() != null;
    }

    /** The enveloped signature, by the SAML signature profile, with one of the sender's registered certificates. */
    public void verifyXmlSignature(List<X509Certificate> certificates) throws SamlRefusal {
        IncomingXml.requireUniqueId(root, id());
        XmlSignatureCheck.verify((org.opensaml.saml.common.SignableSAMLObject) message, certificates, ALGORITHMS);
    }
}

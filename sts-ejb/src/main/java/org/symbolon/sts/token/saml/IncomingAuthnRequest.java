package org.symbolon.sts.token.saml;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.NameIDPolicy;
import org.opensaml.saml.saml2.core.RequestedAuthnContext;
import org.w3c.dom.Element;

/**
 * An AuthnRequest read from a binding's XML: parsed without DTDs, its root an AuthnRequest, its parts
 * read only from that element. Whether it is acceptable is for the caller to decide.
 */
public final class IncomingAuthnRequest {

    /** Signature algorithms an enveloped AuthnRequest signature may use (no SHA-1). */
    private static final Set<String> ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
            "ES256", "ES384", "ES512");

    private final AuthnRequest request;
    private final Element root;

    private IncomingAuthnRequest(AuthnRequest request, Element root) {
        this.request = request;
        this.root = root;
    }

    public static IncomingAuthnRequest parse(byte[] xml) throws SamlRefusal {
        Element root = IncomingXml.parse(xml);
        XMLObject object = IncomingXml.unmarshall(root);
        if (!(object instanceof AuthnRequest request)) {
            throw new SamlRefusal("is not an AuthnRequest");
        }
        return new IncomingAuthnRequest(request, root);
    }

    public String id() {
        return request.getID();
    }

    public String issuer() {
        return request.getIssuer() == null || request.getIssuer().getValue() == null ? null
                : request.getIssuer().getValue().strip();
    }

    public boolean isVersion20() {
        return SAMLVersion.VERSION_20.equals(request.getVersion());
    }

    public String destination() {
        return request.getDestination();
    }

    public Instant issueInstant() {
        return request.getIssueInstant();
    }

    public String assertionConsumerServiceUrl() {
        return request.getAssertionConsumerServiceURL();
    }

    public Integer assertionConsumerServiceIndex() {
        return request.getAssertionConsumerServiceIndex();
    }

    public String protocolBinding() {
        return request.getProtocolBinding();
    }

    public boolean forceAuthn() {
        return Boolean.TRUE.equals(request.isForceAuthn());
    }

    public boolean isPassive() {
        return Boolean.TRUE.equals(request.isPassive());
    }

    /** The NameIDPolicy Format, or null when none is asked for. */
    public String nameIdFormat() {
        NameIDPolicy policy = request.getNameIDPolicy();
        return policy == null ? null : policy.getFormat();
    }

    /** NameIDPolicy AllowCreate; absent means false (SAML core 3.4.1.1). */
    public boolean allowCreate() {
        NameIDPolicy policy = request.getNameIDPolicy();
        return policy != null && Boolean.TRUE.equals(policy.getAllowCreate());
    }

    /** The requested authentication context class references and their comparison, or null when none is asked for. */
    public RequestedContext requestedAuthnContext() {
        RequestedAuthnContext context = request.getRequestedAuthnContext();
        if (context == null) {
            return null;
        }
        String comparison = context.getComparison() == null ? "exact" : context.getComparison().toString();
        return new RequestedContext(comparison, context.getAuthnContextClassRefs().stream()
                .map(AuthnContextClassRef::getURI).filter(uri -> uri != null).map(String::strip).toList(),
                !context.getAuthnContextDeclRefs().isEmpty());
    }

    /**
     * A RequestedAuthnContext: {@code comparison} is exact, minimum, maximum or better.
     *
     * @param declRefs whether it names AuthnContextDeclRefs (declarations) rather than classes
     */
    public record RequestedContext(String comparison, List<String> classRefs, boolean declRefs) {
        public RequestedContext {
            classRefs = List.copyOf(classRefs);
        }
    }

    public boolean hasXmlSignature() {
        return request.getSignature() != null;
    }

    /** The enveloped signature, by the SAML signature profile, with one of the sender's registered certificates. */
    public void verifyXmlSignature(List<X509Certificate> certificates) throws SamlRefusal {
        IncomingXml.requireUniqueId(root, request.getID());
        XmlSignatureCheck.verify(request, certificates, ALGORITHMS);
    }
}

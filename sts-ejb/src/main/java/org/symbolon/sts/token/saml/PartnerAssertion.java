package org.symbolon.sts.token.saml;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Condition;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.OneTimeUse;
import org.opensaml.saml.saml2.core.ProxyRestriction;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.w3c.dom.Element;

/**
 * A SAML 2.0 assertion received from a partner (RFC 7522 / RFC 8693 {@code saml2}): base64url of one
 * {@code <saml2:Assertion>} document. Parsing refuses DTDs and duplicated IDs; nothing read here may be
 * trusted before {@link #verify} has checked the signature against the partner's registered
 * certificates. Everything is read from the element the signature covers: the document's root.
 */
public final class PartnerAssertion {

    /** Largest accepted token, base64url text. */
    public static final int MAX_LENGTH = 65_536;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+={0,2}");
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");
    private static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

    private final Assertion assertion;
    private boolean verified;

    /** A bearer SubjectConfirmation's data; null times and recipient where the assertion omits them. */
    public record BearerConfirmation(String recipient, Instant notBefore, Instant notOnOrAfter, String inResponseTo) {
    }

    private PartnerAssertion(Assertion assertion) {
        this.assertion = assertion;
    }

    public static PartnerAssertion parse(String token) throws SamlRefusal {
        if (token.length() > MAX_LENGTH) {
            throw new SamlRefusal("is too large");
        }
        if (JWT.matcher(token).matches()) {
            throw new SamlRefusal("is not a SAML assertion but a JWT");
        }
        if (!BASE64URL.matcher(token).matches()) {
            throw new SamlRefusal("is not base64url");
        }
        byte[] xml;
        try {
            xml = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new SamlRefusal("is not base64url");
        }
        if (!startsLikeXml(xml)) {
            throw new SamlRefusal("is not a SAML assertion");
        }
        Element root = IncomingXml.parse(xml);
        if (!SAMLConstants.SAML20_NS.equals(root.getNamespaceURI()) || !"Assertion".equals(root.getLocalName())) {
            throw new SamlRefusal("is not a SAML 2.0 Assertion");
        }
        XMLObject object = IncomingXml.unmarshall(root);
        if (!(object instanceof Assertion assertion)) {
            throw new SamlRefusal("is not a SAML 2.0 Assertion");
        }
        IncomingXml.requireUniqueId(root, assertion.getID());
        return new PartnerAssertion(assertion);
    }

    private static boolean startsLikeXml(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 64), StandardCharsets.UTF_8).stripLeading();
        return head.startsWith("<");
    }

    /** The Issuer as written, unverified: which partner's certificates to verify with. */
    public String issuer() {
        return assertion.getIssuer() == null ? null : assertion.getIssuer().getValue();
    }

    /** Verifies the signature; every other accessor may be trusted only after this returns. */
    public void verify(List<X509Certificate> certificates, Set<String> jwsAlgorithms) throws SamlRefusal {
        XmlSignatureCheck.verify(assertion, certificates, jwsAlgorithms);
        verified = true;
    }

    public String id() {
        return checked().getID();
    }

    public Instant issueInstant() {
        return checked().getIssueInstant();
    }

    /** The NameID value, or null when the subject has none (a BaseID or an EncryptedID is not read). */
    public String nameId() {
        NameID nameId = checked().getSubject() == null ? null : assertion.getSubject().getNameID();
        return nameId == null ? null : nameId.getValue();
    }

    public String nameIdFormat() {
        NameID nameId = checked().getSubject() == null ? null : assertion.getSubject().getNameID();
        return nameId == null ? null : nameId.getFormat();
    }

    public Instant notBefore() {
        Conditions conditions = checked().getConditions();
        return conditions == null ? null : conditions.getNotBefore();
    }

    public Instant notOnOrAfter() {
        Conditions conditions = checked().getConditions();
        return conditions == null ? null : conditions.getNotOnOrAfter();
    }

    /** Each AudienceRestriction's audiences; all of them must be satisfied (SAML core 2.5.1.4). */
    public List<List<String>> audienceRestrictions() {
        Conditions conditions = checked().getConditions();
        if (conditions == null) {
            return List.of();
        }
        return conditions.getAudienceRestrictions().stream()
                .map(r -> r.getAudiences().stream().map(a -> a.getURI()).toList()).toList();
    }

    /** True when Conditions holds a condition this server does not understand (the assertion is then not valid). */
    public boolean hasUnknownConditions() {
        Conditions conditions = checked().getConditions();
        if (conditions == null) {
            return false;
        }
        for (Condition condition : conditions.getConditions()) {
            if (!(condition instanceof AudienceRestriction || condition instanceof OneTimeUse
                    || condition instanceof ProxyRestriction)) {
                return true;
            }
        }
        return false;
    }

    public List<BearerConfirmation> bearerConfirmations() {
        if (checked().getSubject() == null) {
            return List.of();
        }
        List<BearerConfirmation> result = new ArrayList<>();
        for (SubjectConfirmation confirmation : assertion.getSubject().getSubjectConfirmations()) {
            if (!BEARER.equals(confirmation.getMethod())) {
                continue;
            }
            SubjectConfirmationData data = confirmation.getSubjectConfirmationData();
            result.add(data == null ? new BearerConfirmation(null, null, null, null)
                    : new BearerConfirmation(data.getRecipient(), data.getNotBefore(), data.getNotOnOrAfter(),
                            data.getInResponseTo()));
        }
        return result;
    }

    /** The first AuthnStatement's instant, or null. */
    public Instant authnInstant() {
        List<AuthnStatement> statements = checked().getAuthnStatements();
        return statements.isEmpty() ? null : statements.get(0).getAuthnInstant();
    }

    /** The first AuthnStatement's AuthnContextClassRef, or null. */
    public String authnContextClassRef() {
        List<AuthnStatement> statements = checked().getAuthnStatements();
        if (statements.isEmpty() || statements.get(0).getAuthnContext() == null
                || statements.get(0).getAuthnContext().getAuthnContextClassRef() == null) {
            return null;
        }
        return statements.get(0).getAuthnContext().getAuthnContextClassRef().getURI();
    }

    /** Attributes by Name: one value as a string, several as a list of strings (the canonical text of each value). */
    public Map<String, Object> attributes() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (AttributeStatement statement : checked().getAttributeStatements()) {
            for (Attribute attribute : statement.getAttributes()) {
                if (attribute.getName() == null || attribute.getName().isBlank()) {
                    continue;
                }
                List<String> list = values.computeIfAbsent(attribute.getName(), k -> new ArrayList<>());
                for (XMLObject value : attribute.getAttributeValues()) {
                    if (value.getDOM() != null) {
                        list.add(value.getDOM().getTextContent());
                    }
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((name, list) -> result.put(name, list.size() == 1 ? list.get(0) : List.copyOf(list)));
        return result;
    }

    private Assertion checked() {
        if (!verified) {
            throw new IllegalStateException("The assertion's signature has not been verified");
        }
        return assertion;
    }
}

package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.opensaml.core.config.InitializationService;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.schema.XSString;
import org.opensaml.core.xml.util.XMLObjectSupport;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.AttributeValue;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.IDPSSODescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.security.credential.UsageType;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.SignatureSigningParameters;
import org.opensaml.xmlsec.keyinfo.impl.X509KeyInfoGeneratorFactory;
import org.opensaml.xmlsec.signature.KeyInfo;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureSupport;

/**
 * A partner organisation's SAML 2.0 identity provider, played by the test with OpenSAML: its signing
 * key and certificate, its metadata, and the signed assertions it issues for Symbolon (audience our
 * entityID, bearer confirmation for our token endpoint), as a partner IdP would send them.
 */
final class SamlIdp {

    static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
    static final String EMAIL = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

    static {
        try {
            InitializationService.initialize();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final String id = Sts.uniqueId("saml-idp");
    final String entityId = "https://idp." + id + ".example/saml";
    Signer signer = new Signer();

    /** An RSA key with a self-signed certificate, as identity providers use for SAML signing. */
    static final class Signer {
        final KeyPair keys;
        final X509Certificate certificate;

        Signer() {
            this(Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(365, ChronoUnit.DAYS));
        }

        Signer(Instant notBefore, Instant notAfter) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keys = generator.generateKeyPair();
                X500Name name = new X500Name("CN=SAML signing " + UUID.randomUUID());
                certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                        BigInteger.valueOf(System.nanoTime()), Date.from(notBefore), Date.from(notAfter), name,
                        keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String pem() {
            try {
                return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                        + "\n-----END CERTIFICATE-----\n";
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void sign(SignableSAMLObject object, String algorithm, String digest) {
            try {
                X509KeyInfoGeneratorFactory keyInfo = new X509KeyInfoGeneratorFactory();
                keyInfo.setEmitEntityCertificate(true);
                SignatureSigningParameters parameters = new SignatureSigningParameters();
                parameters.setSigningCredential(new BasicX509Credential(certificate, keys.getPrivate()));
                parameters.setSignatureAlgorithm(algorithm);
                parameters.setSignatureReferenceDigestMethod(digest);
                parameters.setSignatureCanonicalizationAlgorithm(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
                parameters.setKeyInfoGenerator(keyInfo.newInstance());
                SignatureSupport.signObject(object, parameters);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void sign(SignableSAMLObject object) {
            sign(object, SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256, SignatureConstants.ALGO_ID_DIGEST_SHA256);
        }
    }

    /** This IdP's metadata: an EntityDescriptor with an IDPSSODescriptor naming its signing certificate(s). */
    String metadata(Signer metadataSigner, X509Certificate... certificates) {
        EntityDescriptor entity = build(EntityDescriptor.DEFAULT_ELEMENT_NAME);
        entity.setEntityID(entityId);
        entity.setID("_" + UUID.randomUUID());
        IDPSSODescriptor idp = build(IDPSSODescriptor.DEFAULT_ELEMENT_NAME);
        idp.addSupportedProtocol(SAMLConstants.SAML20P_NS);
        for (X509Certificate certificate : certificates.length == 0 ? new X509Certificate[] {signer.certificate}
                : certificates) {
            KeyDescriptor key = build(KeyDescriptor.DEFAULT_ELEMENT_NAME);
            key.setUse(UsageType.SIGNING);
            key.setKeyInfo(keyInfo(certificate));
            idp.getKeyDescriptors().add(key);
        }
        entity.getRoleDescriptors().add(idp);
        if (metadataSigner != null) {
            metadataSigner.sign(entity);
        }
        return serialize(entity);
    }

    String metadata() {
        return metadata(null);
    }

    /** Registers this IdP through the admin API from its metadata; {@code fields} may change anything. */
    JsonObject register(Consumer<JsonObjectBuilder> fields) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("issuerId", id)
                .add("name", "SAML partner " + id)
                .add("protocol", "saml2")
                .add("metadata", metadata());
        fields.accept(body);
        HttpResponse<String> response = AdminApi.admin("POST", "/api/admin/issuers", body.build().toString());
        assertEquals(201, response.statusCode(), response::body);
        return Sts.json(response);
    }

    JsonObject register() {
        return register(f -> { });
    }

    /** A signed assertion for {@code nameId}, as an IdP issues one for Symbolon, five minutes valid; {@code change} runs before signing. */
    Assertion assertion(String nameId, Map<String, List<String>> attributes, Consumer<Assertion> change) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Assertion assertion = build(Assertion.DEFAULT_ELEMENT_NAME);
        assertion.setID("_" + UUID.randomUUID());
        assertion.setVersion(SAMLVersion.VERSION_20);
        assertion.setIssueInstant(now);
        Issuer issuer = build(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setValue(entityId);
        assertion.setIssuer(issuer);

        Subject subject = build(Subject.DEFAULT_ELEMENT_NAME);
        NameID name = build(NameID.DEFAULT_ELEMENT_NAME);
        name.setValue(nameId);
        name.setFormat(EMAIL);
        subject.setNameID(name);
        SubjectConfirmation confirmation = build(SubjectConfirmation.DEFAULT_ELEMENT_NAME);
        confirmation.setMethod(BEARER);
        SubjectConfirmationData data = build(SubjectConfirmationData.DEFAULT_ELEMENT_NAME);
        data.setRecipient(Sts.TOKEN_ENDPOINT.toString());
        data.setNotOnOrAfter(now.plus(5, ChronoUnit.MINUTES));
        confirmation.setSubjectConfirmationData(data);
        subject.getSubjectConfirmations().add(confirmation);
        assertion.setSubject(subject);

        Conditions conditions = build(Conditions.DEFAULT_ELEMENT_NAME);
        conditions.setNotBefore(now.minus(1, ChronoUnit.MINUTES));
        conditions.setNotOnOrAfter(now.plus(5, ChronoUnit.MINUTES));
        AudienceRestriction restriction = build(AudienceRestriction.DEFAULT_ELEMENT_NAME);
        Audience audience = build(Audience.DEFAULT_ELEMENT_NAME);
        audience.setURI(Sts.ISSUER);
        restriction.getAudiences().add(audience);
        conditions.getAudienceRestrictions().add(restriction);
        assertion.setConditions(conditions);

        AuthnStatement authn = build(AuthnStatement.DEFAULT_ELEMENT_NAME);
        authn.setAuthnInstant(now.minus(30, ChronoUnit.SECONDS));
        AuthnContext context = build(AuthnContext.DEFAULT_ELEMENT_NAME);
        AuthnContextClassRef classRef = build(AuthnContextClassRef.DEFAULT_ELEMENT_NAME);
        classRef.setURI("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport");
        context.setAuthnContextClassRef(classRef);
        authn.setAuthnContext(context);
        assertion.getAuthnStatements().add(authn);

        if (!attributes.isEmpty()) {
            AttributeStatement statement = build(AttributeStatement.DEFAULT_ELEMENT_NAME);
            attributes.forEach((attributeName, values) -> {
                Attribute attribute = build(Attribute.DEFAULT_ELEMENT_NAME);
                attribute.setName(attributeName);
                for (String value : values) {
                    XSString element = XMLObjectProviderRegistrySupport.getBuilderFactory()
                            .<XSString>getBuilderOrThrow(XSString.TYPE_NAME)
                            .buildObject(AttributeValue.DEFAULT_ELEMENT_NAME, XSString.TYPE_NAME);
                    element.setValue(value);
                    attribute.getAttributeValues().add(element);
                }
                statement.getAttributes().add(attribute);
            });
            assertion.getAttributeStatements().add(statement);
        }
        change.accept(assertion);
        return assertion;
    }

    /** The assertion signed by this IdP's key, as XML text. */
    String signedXml(String nameId, Map<String, List<String>> attributes, Consumer<Assertion> change) {
        Assertion assertion = assertion(nameId, attributes, change);
        signer.sign(assertion);
        return serialize(assertion);
    }

    /** A signed assertion, base64url-encoded as RFC 7522 and RFC 8693 carry it. */
    String token(String nameId, Map<String, List<String>> attributes, Consumer<Assertion> change) {
        return encode(signedXml(nameId, attributes, change));
    }

    String token(String nameId) {
        return token(nameId, Map.of(), a -> { });
    }

    static String encode(String xml) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    static String serialize(XMLObject object) {
        try {
            return SerializeSupport.nodeToString(object.getDOM() != null ? object.getDOM()
                    : XMLObjectSupport.marshall(object));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyInfo keyInfo(X509Certificate certificate) {
        try {
            X509KeyInfoGeneratorFactory factory = new X509KeyInfoGeneratorFactory();
            factory.setEmitEntityCertificate(true);
            return factory.newInstance().generate(new BasicX509Credential(certificate));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T extends XMLObject> T build(javax.xml.namespace.QName name) {
        return (T) XMLObjectSupport.buildXMLObject(name);
    }
}

package org.symbolon.sts.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import net.shibboleth.utilities.java.support.xml.BasicParserPool;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.util.XMLObjectSupport;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.LogoutRequest;
import org.opensaml.saml.saml2.core.LogoutResponse;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.SessionIndex;
import org.opensaml.saml.saml2.core.Status;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.NameIDPolicy;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.encryption.Decrypter;
import org.opensaml.xmlsec.encryption.support.InlineEncryptedKeyResolver;
import org.opensaml.xmlsec.keyinfo.impl.StaticKeyInfoCredentialResolver;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.metadata.AssertionConsumerService;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.saml.saml2.metadata.SPSSODescriptor;
import org.opensaml.saml.saml2.metadata.SingleLogoutService;
import org.opensaml.security.credential.UsageType;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.keyinfo.impl.X509KeyInfoGeneratorFactory;

/**
 * A SAML 2.0 service provider played by the test with OpenSAML: its signing and encryption keys and its
 * metadata (two ACS endpoints, a logout endpoint, NameID formats), as an SP publishes it.
 */
final class SamlSp {

    static final String POST = SAMLConstants.SAML2_POST_BINDING_URI;
    static final String REDIRECT = SAMLConstants.SAML2_REDIRECT_BINDING_URI;
    static final String EMAIL = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

    final String id = Sts.uniqueId("saml-sp");
    final String entityId = "https://" + id + ".example/saml";
    final String acs;
    SamlIdp.Signer signer = new SamlIdp.Signer();
    SamlIdp.Signer encryption = new SamlIdp.Signer();

    SamlSp() {
        acs = "https://" + id + ".example/acs";
    }

    /** An SP whose (default) assertion consumer service is a real address, for a real browser to post to. */
    SamlSp(String acs) {
        this.acs = acs;
    }

    /** Its metadata; {@code metadataSigner} (or null) signs the document. */
    String metadata(SamlIdp.Signer metadataSigner, boolean withEncryptionKey) {
        EntityDescriptor entity = SamlIdp.build(EntityDescriptor.DEFAULT_ELEMENT_NAME);
        entity.setEntityID(entityId);
        entity.setID("_" + id);
        SPSSODescriptor sp = SamlIdp.build(SPSSODescriptor.DEFAULT_ELEMENT_NAME);
        sp.addSupportedProtocol(SAMLConstants.SAML20P_NS);
        sp.setAuthnRequestsSigned(true);
        sp.setWantAssertionsSigned(true);
        sp.getKeyDescriptors().add(key(UsageType.SIGNING, signer.certificate));
        if (withEncryptionKey) {
            sp.getKeyDescriptors().add(key(UsageType.ENCRYPTION, encryption.certificate));
        }
        SingleLogoutService slo = SamlIdp.build(SingleLogoutService.DEFAULT_ELEMENT_NAME);
        slo.setBinding(REDIRECT);
        slo.setLocation("https://" + id + ".example/slo");
        sp.getSingleLogoutServices().add(slo);
        NameIDFormat format = SamlIdp.build(NameIDFormat.DEFAULT_ELEMENT_NAME);
        format.setURI(EMAIL);
        sp.getNameIDFormats().add(format);
        sp.getAssertionConsumerServices().add(acs(POST, acs, 0, true));
        sp.getAssertionConsumerServices().add(acs(REDIRECT, acs + "/redirect", 1, null));
        entity.getRoleDescriptors().add(sp);
        if (metadataSigner != null) {
            metadataSigner.sign(entity);
        }
        return SamlIdp.serialize(entity);
    }

    String metadata() {
        return metadata(null, true);
    }

    static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";

    String slo() {
        return "https://" + id + ".example/slo";
    }

    /** A LogoutRequest as this SP sends it to our logout endpoint for the NameID and SessionIndex it received. */
    LogoutRequest logoutRequest(String nameId, String nameIdFormat, String sessionIndex) {
        LogoutRequest request = SamlIdp.build(LogoutRequest.DEFAULT_ELEMENT_NAME);
        request.setID("_" + UUID.randomUUID());
        request.setVersion(SAMLVersion.VERSION_20);
        request.setIssueInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        request.setDestination(Sts.ISSUER + "/saml2/slo");
        request.setIssuer(issuer());
        NameID name = SamlIdp.build(NameID.DEFAULT_ELEMENT_NAME);
        name.setValue(nameId);
        name.setFormat(nameIdFormat);
        request.setNameID(name);
        SessionIndex index = SamlIdp.build(SessionIndex.DEFAULT_ELEMENT_NAME);
        index.setValue(sessionIndex);
        request.getSessionIndexes().add(index);
        return request;
    }

    /** This SP's LogoutResponse to a LogoutRequest of ours. */
    LogoutResponse logoutResponse(String inResponseTo, String statusCode) {
        LogoutResponse response = SamlIdp.build(LogoutResponse.DEFAULT_ELEMENT_NAME);
        response.setID("_" + UUID.randomUUID());
        response.setVersion(SAMLVersion.VERSION_20);
        response.setIssueInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        response.setDestination(Sts.ISSUER + "/saml2/slo");
        response.setInResponseTo(inResponseTo);
        response.setIssuer(issuer());
        StatusCode code = SamlIdp.build(StatusCode.DEFAULT_ELEMENT_NAME);
        code.setValue(statusCode);
        Status status = SamlIdp.build(Status.DEFAULT_ELEMENT_NAME);
        status.setStatusCode(code);
        response.setStatus(status);
        return response;
    }

    private Issuer issuer() {
        Issuer issuer = SamlIdp.build(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setValue(entityId);
        return issuer;
    }

    /** An AuthnRequest as this SP sends it: to our SSO endpoint, asking for a persistent NameID; {@code change} runs last. */
    AuthnRequest authnRequest(Consumer<AuthnRequest> change) {
        AuthnRequest request = SamlIdp.build(AuthnRequest.DEFAULT_ELEMENT_NAME);
        request.setID("_" + UUID.randomUUID());
        request.setVersion(SAMLVersion.VERSION_20);
        request.setIssueInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        request.setDestination(Sts.ISSUER + "/saml2/sso");
        request.setProtocolBinding(POST);
        Issuer issuer = SamlIdp.build(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setValue(entityId);
        request.setIssuer(issuer);
        NameIDPolicy policy = SamlIdp.build(NameIDPolicy.DEFAULT_ELEMENT_NAME);
        policy.setFormat(PERSISTENT);
        policy.setAllowCreate(true);
        request.setNameIDPolicy(policy);
        change.accept(request);
        return request;
    }

    /** The HTTP-Redirect binding's query string (DEFLATE, base64, URL-encoded), signed by this SP when asked. */
    String redirectQuery(String xml, String relayState, boolean signed) {
        return redirectQuery("SAMLRequest", xml, relayState, signed);
    }

    /** @param parameter {@code SAMLRequest} or {@code SAMLResponse} */
    String redirectQuery(String parameter, String xml, String relayState, boolean signed) {
        String query = parameter + "=" + encode(Base64.getEncoder().encodeToString(deflate(xml)))
                + (relayState == null ? "" : "&RelayState=" + encode(relayState));
        return signed ? signQuery(query) : query;
    }

    /** Signs a Redirect binding query string (SAML bindings 3.4.4.1) with RSA-SHA256 over its octets. */
    String signQuery(String query) {
        String signedPart = query + "&SigAlg=" + encode(RSA_SHA256);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(signer.keys.getPrivate());
            rsa.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return signedPart + "&Signature=" + encode(Base64.getEncoder().encodeToString(rsa.sign()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message signed by this SP's key with an enveloped signature, as XML (for the POST binding). */
    String signedXml(org.opensaml.saml.common.SignableSAMLObject message) {
        signer.sign(message);
        return SamlIdp.serialize(message);
    }

    static String xml(XMLObject object) {
        return SamlIdp.serialize(object);
    }

    static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] deflate(String xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION,
                true))) {
            deflater.write(xml.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Reads a SAML message this SP received, with a parser that refuses DTDs as an SP's does. */
    static XMLObject read(String xml) {
        try {
            BasicParserPool parser = new BasicParserPool();
            parser.setNamespaceAware(true);
            parser.initialize();
            return XMLObjectSupport.unmarshallFromInputStream(parser,
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The assertion of a Response: decrypted with this SP's encryption key when it came encrypted. */
    Assertion assertion(Response response) {
        if (!response.getAssertions().isEmpty()) {
            return response.getAssertions().get(0);
        }
        EncryptedAssertion encrypted = response.getEncryptedAssertions().get(0);
        try {
            Decrypter decrypter = new Decrypter(null, new StaticKeyInfoCredentialResolver(
                    new BasicX509Credential(encryption.certificate, encryption.keys.getPrivate())),
                    new InlineEncryptedKeyResolver());
            decrypter.setRootInNewDocument(true);
            return decrypter.decrypt(encrypted);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AssertionConsumerService acs(String binding, String location, int index, Boolean isDefault) {
        AssertionConsumerService acs = SamlIdp.build(AssertionConsumerService.DEFAULT_ELEMENT_NAME);
        acs.setBinding(binding);
        acs.setLocation(location);
        acs.setIndex(index);
        if (isDefault != null) {
            acs.setIsDefault(isDefault);
        }
        return acs;
    }

    private static KeyDescriptor key(UsageType use, X509Certificate certificate) {
        try {
            KeyDescriptor key = SamlIdp.build(KeyDescriptor.DEFAULT_ELEMENT_NAME);
            key.setUse(use);
            X509KeyInfoGeneratorFactory factory = new X509KeyInfoGeneratorFactory();
            factory.setEmitEntityCertificate(true);
            key.setKeyInfo(factory.newInstance().generate(new BasicX509Credential(certificate)));
            return key;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.symbolon.sts.token.saml;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameIDPolicy;
import org.opensaml.saml.saml2.metadata.AssertionConsumerService;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.saml.saml2.metadata.SPSSODescriptor;
import org.opensaml.saml.saml2.metadata.SingleLogoutService;
import org.opensaml.security.credential.UsageType;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.keyinfo.impl.X509KeyInfoGeneratorFactory;
import org.symbolon.sts.config.TestConfig;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;
import org.symbolon.sts.keys.TestKeys;

/**
 * A SAML 2.0 service provider played by a unit test with OpenSAML: its metadata, and AuthnRequests as it
 * sends them by the Redirect binding (DEFLATE, base64, query signature) or the POST binding (enveloped signature).
 */
public final class TestSp {

    public static final String POST = SAMLConstants.SAML2_POST_BINDING_URI;
    public static final String REDIRECT = SAMLConstants.SAML2_REDIRECT_BINDING_URI;
    public static final String ARTIFACT = SAMLConstants.SAML2_ARTIFACT_BINDING_URI;
    public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public static final String RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";

    public final String entityId = "https://sp-" + UUID.randomUUID() + ".example/saml";
    public final String acs = entityId.replace("/saml", "/acs");
    public final LoadedKey key = TestKeys.ring(new TestConfig()).active(SigningAlgorithm.RS256);

    /** Metadata with a POST ACS (index 0, default), an artifact ACS (index 1), an SLO endpoint and a signing key. */
    public String metadata(boolean authnRequestsSigned) {
        return metadata(authnRequestsSigned, sp -> { });
    }

    public String metadata(boolean authnRequestsSigned, Consumer<SPSSODescriptor> change) {
        OpenSamlSetup.ensureInitialised();
        EntityDescriptor entity = SamlObjects.build(EntityDescriptor.DEFAULT_ELEMENT_NAME);
        entity.setEntityID(entityId);
        SPSSODescriptor sp = SamlObjects.build(SPSSODescriptor.DEFAULT_ELEMENT_NAME);
        sp.addSupportedProtocol(SAMLConstants.SAML20P_NS);
        sp.setAuthnRequestsSigned(authnRequestsSigned);
        sp.setWantAssertionsSigned(true);
        sp.getKeyDescriptors().add(keyDescriptor(UsageType.SIGNING));
        SingleLogoutService slo = SamlObjects.build(SingleLogoutService.DEFAULT_ELEMENT_NAME);
        slo.setBinding(REDIRECT);
        slo.setLocation(entityId.replace("/saml", "/slo"));
        slo.setResponseLocation(entityId.replace("/saml", "/slo-response"));
        sp.getSingleLogoutServices().add(slo);
        NameIDFormat format = SamlObjects.build(NameIDFormat.DEFAULT_ELEMENT_NAME);
        format.setURI("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress");
        sp.getNameIDFormats().add(format);
        sp.getAssertionConsumerServices().add(acs(POST, acs, 0, true));
        sp.getAssertionConsumerServices().add(acs(ARTIFACT, acs + "/artifact", 1, null));
        change.accept(sp);
        entity.getRoleDescriptors().add(sp);
        return SamlXml.serialize(entity);
    }

    public KeyDescriptor keyDescriptor(UsageType use) {
        try {
            KeyDescriptor descriptor = SamlObjects.build(KeyDescriptor.DEFAULT_ELEMENT_NAME);
            descriptor.setUse(use);
            X509KeyInfoGeneratorFactory factory = new X509KeyInfoGeneratorFactory();
            factory.setEmitEntityCertificate(true);
            descriptor.setKeyInfo(factory.newInstance().generate(new BasicX509Credential(key.certificate())));
            return descriptor;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static AssertionConsumerService acs(String binding, String location, Integer index, Boolean isDefault) {
        AssertionConsumerService acs = SamlObjects.build(AssertionConsumerService.DEFAULT_ELEMENT_NAME);
        acs.setBinding(binding);
        acs.setLocation(location);
        acs.setIndex(index);
        if (isDefault != null) {
            acs.setIsDefault(isDefault);
        }
        return acs;
    }

    /** An AuthnRequest as this SP sends it to {@code destination}; {@code change} runs last. */
    public AuthnRequest request(String destination, Consumer<AuthnRequest> change) {
        AuthnRequest request = SamlObjects.build(AuthnRequest.DEFAULT_ELEMENT_NAME);
        request.setID("_" + UUID.randomUUID());
        request.setVersion(SAMLVersion.VERSION_20);
        request.setIssueInstant(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        request.setDestination(destination);
        Issuer issuer = SamlObjects.build(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setValue(entityId);
        request.setIssuer(issuer);
        NameIDPolicy policy = SamlObjects.build(NameIDPolicy.DEFAULT_ELEMENT_NAME);
        policy.setFormat("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
        policy.setAllowCreate(true);
        request.setNameIDPolicy(policy);
        change.accept(request);
        return request;
    }

    public static String xml(AuthnRequest request) {
        return SamlXml.serialize(request);
    }

    /** The request signed by this SP's key with an enveloped signature, as XML. */
    public String signedXml(AuthnRequest request) {
        SamlSigner.sign(request, key);
        return SamlXml.serialize(request);
    }

    public static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The Redirect binding's query string, unsigned. */
    public static String redirectQuery(String xml, String relayState) {
        return "SAMLRequest=" + encode(base64(deflate(xml.getBytes(StandardCharsets.UTF_8))))
                + (relayState == null ? "" : "&RelayState=" + encode(relayState));
    }

    /** The Redirect binding's query string signed with {@code sigAlg} over its octets, as an SP computes it. */
    public String signedRedirectQuery(String xml, String relayState, String sigAlg) {
        String signedPart = redirectQuery(xml, relayState) + "&SigAlg=" + encode(sigAlg);
        try {
            Signature signer = Signature.getInstance(sigAlg.equals(RSA_SHA1) ? "SHA1withRSA" : "SHA256withRSA");
            signer.initSign(key.privateKey());
            signer.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return signedPart + "&Signature=" + encode(Base64.getEncoder().encodeToString(signer.sign()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static byte[] deflate(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION, true))) {
            deflater.write(bytes);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static List<String> list(String... values) {
        return List.of(values);
    }
}

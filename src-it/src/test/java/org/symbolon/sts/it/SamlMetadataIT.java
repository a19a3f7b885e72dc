package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.shibboleth.utilities.java.support.xml.BasicParserPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensaml.core.config.InitializationService;
import org.opensaml.core.xml.util.XMLObjectSupport;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.IDPSSODescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.security.credential.UsageType;
import org.opensaml.xmlsec.signature.KeyInfo;

/**
 * Our SAML 2.0 metadata as a relying party meets it: fetched over HTTP, parsed with OpenSAML, its
 * signature checked by xmlsec1 (libxmlsec1 on OpenSSL, no Java involved) against the certificate it
 * carries, and that certificate tied to the RS256 key that signs our JWTs. xmlsec1 is a required test
 * tool (apt-get install xmlsec1): without it these tests fail.
 */
class SamlMetadataIT {

    private static final String BASE_URL = System.getProperty("sts.base-url", "http://localhost:19080");
    private static final String ISSUER = System.getProperty("sts.issuer", BASE_URL);
    private static final String ADMIN_ID = System.getProperty("sts.admin.client-id");
    private static final String ADMIN_SECRET = System.getProperty("sts.admin.client-secret");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> metadataResponse;
    private static EntityDescriptor metadata;
    private static JWKSet jwks;
    private static String activeKid;
    private static String nextKid;

    @TempDir
    Path workDir;

    @BeforeAll
    static void fetchMetadataKeysAndAToken() throws Exception {
        InitializationService.initialize();
        metadataResponse = get("/saml2/metadata", null);
        BasicParserPool parser = new BasicParserPool();
        parser.initialize();
        metadata = (EntityDescriptor) XMLObjectSupport.unmarshallFromInputStream(parser,
                new ByteArrayInputStream(metadataResponse.body().getBytes(StandardCharsets.UTF_8)));
        String token = adminToken();
        JWSHeader header = SignedJWT.parse(token).getHeader();
        assertEquals(JWSAlgorithm.RS256, header.getAlgorithm(), "the admin client's tokens are RS256");
        activeKid = header.getKeyID();
        nextKid = nextRs256Kid(token);
        jwks = JWKSet.parse(get("/oauth2/jwks", null).body());
    }

    @Test
    void metadataIsServedAsSamlMetadata() {
        assertEquals(200, metadataResponse.statusCode());
        assertEquals("application/samlmetadata+xml",
                metadataResponse.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void entityIdIsOurIssuerAndTheRoleASaml2IdentityProvider() {
        assertEquals(ISSUER, metadata.getEntityID());
        IDPSSODescriptor idp = metadata.getIDPSSODescriptor(SAMLConstants.SAML20P_NS);
        assertEquals(List.of(SAMLConstants.SAML20P_NS), idp.getSupportedProtocols());
        assertEquals(List.of(ISSUER + "/saml2/sso", ISSUER + "/saml2/sso"),
                idp.getSingleSignOnServices().stream().map(e -> e.getLocation()).toList());
        assertEquals(List.of(SAMLConstants.SAML2_REDIRECT_BINDING_URI, SAMLConstants.SAML2_POST_BINDING_URI),
                idp.getSingleLogoutServices().stream().map(e -> e.getBinding()).toList());
        assertEquals(4, idp.getEndpoints().size(), "SSO and SLO by Redirect and POST, nothing else");
        assertTrue(metadata.getValidUntil() != null && metadata.getCacheDuration() != null);
    }

    @Test
    void identityProviderOffersFourNameIdFormats() {
        assertEquals(List.of("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
                "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
                "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
                "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"),
                metadata.getIDPSSODescriptor(SAMLConstants.SAML20P_NS).getNameIDFormats().stream()
                        .map(NameIDFormat::getURI).toList());
    }

    @Test
    void signingCertificatesAreTheActiveAndTheNextRs256Key() throws Exception {
        List<X509Certificate> listed = new ArrayList<>();
        for (KeyDescriptor descriptor : metadata.getIDPSSODescriptor(SAMLConstants.SAML20P_NS).getKeyDescriptors()) {
            assertEquals(UsageType.SIGNING, descriptor.getUse());
            listed.addAll(certificates(descriptor.getKeyInfo()));
        }

        assertEquals(2, listed.size());
        assertSameKey(activeKid, listed.get(0));
        assertSameKey(nextKid, listed.get(1));
    }

    @Test
    void metadataSignatureVerifiesWithXmlsec1AgainstTheCertificateItContains() throws Exception {
        X509Certificate signer = signingCertificate();

        assertTrue(xmlsec1Verifies(metadataResponse.body(), signer), "xmlsec1 accepts the metadata signature");
    }

    @Test
    void metadataIsSignedByTheActiveRs256KeyOfTheJwks() throws Exception {
        assertSameKey(activeKid, signingCertificate());
    }

    @Test
    void alteredMetadataFailsXmlsec1() throws Exception {
        String altered = metadataResponse.body().replace("entityID=\"" + ISSUER + "\"",
                "entityID=\"https://evil.example\"");
        assertFalse(altered.equals(metadataResponse.body()));

        assertFalse(xmlsec1Verifies(altered, signingCertificate()));
    }

    private static X509Certificate signingCertificate() throws Exception {
        List<X509Certificate> inSignature = certificates(metadata.getSignature().getKeyInfo());
        assertEquals(1, inSignature.size());
        return inSignature.get(0);
    }

    private static void assertSameKey(String kid, X509Certificate certificate) throws Exception {
        RSAPublicKey published = jwks.getKeyByKeyId(kid).toRSAKey().toRSAPublicKey();
        RSAPublicKey certified = (RSAPublicKey) certificate.getPublicKey();
        assertEquals(published.getModulus(), certified.getModulus(), "certificate of " + kid);
        assertEquals(published.getPublicExponent(), certified.getPublicExponent(), "certificate of " + kid);
    }

    private static List<X509Certificate> certificates(KeyInfo keyInfo) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        for (var data : keyInfo.getX509Datas()) {
            for (var certificate : data.getX509Certificates()) {
                byte[] der = Base64.getMimeDecoder().decode(certificate.getValue());
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        }
        return certificates;
    }

    private boolean xmlsec1Verifies(String xml, X509Certificate trusted) throws Exception {
        return Xmlsec1.verifies(workDir, xml, "urn:oasis:names:tc:SAML:2.0:metadata:EntityDescriptor",
                List.of(Base64.getMimeEncoder().encodeToString(trusted.getEncoded())));
    }

    private static String adminToken() throws Exception {
        String basic = Base64.getEncoder().encodeToString((ADMIN_ID + ":" + ADMIN_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSONObjectUtils.getString(JSONObjectUtils.parse(response.body()), "access_token");
    }

    private static String nextRs256Kid(String adminToken) throws Exception {
        Map<String, Object> keys = JSONObjectUtils.parse(get("/api/admin/keys", adminToken).body());
        return List.of(JSONObjectUtils.getJSONObjectArray(keys, "keys")).stream()
                .filter(k -> "RS256".equals(k.get("alg")) && "next".equals(k.get("state")))
                .map(k -> (String) k.get("kid"))
                .findFirst().orElseThrow();
    }

    private static HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response;
    }
}

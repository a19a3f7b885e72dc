package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbolon.sts.it.TokenExchangeIT.assertRefused;
import static org.symbolon.sts.it.TokenExchangeIT.send;

import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.token.TokenTypeURI;
import com.nimbusds.oauth2.sdk.token.TypelessToken;
import com.nimbusds.oauth2.sdk.tokenexchange.TokenExchangeGrant;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A partner's JWT exchanged for a SAML 2.0 assertion for a SAML relying party, checked as that
 * party would: the signature with xmlsec1 (not our code) against the certificates in /saml2/metadata.
 */
class TokenExchangeSamlIT {

    private static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String SP = "https://sp.example.com/saml";
    private static final String EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";

    @TempDir
    Path work;

    private final Partner partner = new Partner().register();

    @Test
    void partnerJwtBecomesASignedAssertionThatXmlsec1VerifiesAgainstOurMetadata() throws Exception {
        RegisteredClient client = samlClient(EMAIL_FORMAT);
        String jwt = partner.token("alice", c -> c.claim("email", "alice@acme.example")
                .claim("groups", List.of("buyers", "admins")));
        String xml = exchangeForAssertion(client, jwt);

        Document assertion = parse(xml);
        assertEquals(Sts.ISSUER, text(assertion, "Issuer"));
        assertEquals(SP, text(assertion, "Audience"));
        Element nameId = (Element) assertion.getElementsByTagNameNS(SAML, "NameID").item(0);
        assertEquals("alice@acme.example", nameId.getTextContent());
        assertEquals(EMAIL_FORMAT, nameId.getAttribute("Format"));
        assertEquals(List.of("buyers", "admins"), attributeValues(assertion, "groups"));
        assertEquals("urn:oasis:names:tc:SAML:2.0:cm:bearer",
                ((Element) assertion.getElementsByTagNameNS(SAML, "SubjectConfirmation").item(0))
                        .getAttribute("Method"));

        assertTrue(xmlsec1Verifies(xml), "xmlsec1 verifies the assertion with a certificate from our metadata");
        assertFalse(xmlsec1Verifies(xml.replace("alice@acme.example", "mallory@acme.example")),
                "an altered assertion does not verify");
    }

    @Test
    void persistentNameIdIsStableForOneRelyingParty() throws Exception {
        RegisteredClient client = samlClient("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
        String first = text(parse(exchangeForAssertion(client, partner.token("bob", c -> { }))), "NameID");
        String second = text(parse(exchangeForAssertion(client, partner.token("bob", c -> { }))), "NameID");
        assertEquals(first, second);
        assertNotEquals(partner.id + ":bob", first, "the persistent NameID does not reveal the subject");
    }

    @Test
    void samlRequestedByAClientWithoutSamlSettingsIsRefused() throws Exception {
        RegisteredClient plain = TokenExchangeIT.exchanger(partner, "orders.read",
                f -> f.add("tokenTypes", Sts.array(Partner.TokenTypes.SAML2)));
        assertRefused(send(plain.basic(), grant(partner.token("carol", c -> { }), null)), "invalid_request");
    }

    @Test
    void aClaimXmlCannotCarryIsAnInvalidRequestNotAServerError() throws Exception {
        RegisteredClient client = samlClient(EMAIL_FORMAT);
        assertRefused(send(client.basic(), grant(partner.token("erin", c -> c.claim("email", "erin@acme.example")
                .claim("groups", List.of("buy\u0007ers"))), SP)), "invalid_request");
    }

    @Test
    void anotherAudienceThanTheRelyingPartyIsInvalidTarget() throws Exception {
        RegisteredClient client = samlClient(EMAIL_FORMAT);
        assertRefused(send(client.basic(), grant(partner.token("carol", c -> c.claim("email", "c@acme.example")),
                TokenExchangeIT.API)), "invalid_target");
    }

    @Test
    void issuedAssertionIntrospectsByTokenOrIdAndRevocationMakesItInactive() throws Exception {
        RegisteredClient client = samlClient(EMAIL_FORMAT);
        HTTPResponse http = send(client.basic(), grant(partner.token("dora",
                c -> c.claim("email", "dora@acme.example")), SP));
        String token = Sts.json(http.getBody()).getString("access_token");
        String id = parse(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8))
                .getDocumentElement().getAttribute("ID");

        JsonObject introspected = introspect(client, token);
        assertTrue(introspected.getBoolean("active"));
        assertEquals(id, introspected.getString("jti"));
        assertEquals(SP, introspected.getString("aud"));
        assertEquals(partner.id + ":dora", introspected.getString("sub"));
        assertEquals(Partner.TokenTypes.SAML2, introspected.getString("issued_token_type"));
        assertTrue(introspect(client, id).getBoolean("active"), "the bare assertion ID introspects too");

        assertEquals(200, Sts.postForm(Sts.REVOCATION_ENDPOINT, "token=" + Sts.formValue(token),
                "Authorization", Sts.basicHeader(client.id(), client.secret())).statusCode());
        assertFalse(introspect(client, token).getBoolean("active"));
        assertFalse(introspect(client, id).getBoolean("active"));
    }

    @Test
    void revokingOurAccessTokenRevokesTheAssertionExchangedFromIt() throws Exception {
        RegisteredClient client = samlClient(SamlNameIds.UNSPECIFIED);
        RegisteredClient caller = AdminApi.register(f -> f.add("audiences", Sts.array(client.id())));
        String original = OAuthClient.accessToken(caller.basic());
        HTTPResponse http = send(client.basic(), new TokenExchangeGrant(new TypelessToken(original),
                TokenTypeURI.ACCESS_TOKEN, null, null, TokenTypeURI.parse(Partner.TokenTypes.SAML2),
                List.of(new Audience(SP))));
        assertEquals(200, http.getStatusCode(), http::getBody);
        String assertion = Sts.json(http.getBody()).getString("access_token");
        assertTrue(introspect(client, assertion).getBoolean("active"));

        Sts.postForm(Sts.REVOCATION_ENDPOINT, "token=" + Sts.formValue(original),
                "Authorization", Sts.basicHeader(caller.id(), caller.secret()));
        assertFalse(introspect(client, assertion).getBoolean("active"));
    }

    private static JsonObject introspect(RegisteredClient client, String token) {
        HttpResponse<String> response = Sts.postForm(Sts.INTROSPECTION_ENDPOINT, "token=" + Sts.formValue(token),
                "Authorization", Sts.basicHeader(client.id(), client.secret()));
        assertEquals(200, response.statusCode(), response::body);
        return Sts.json(response);
    }

    /** NameID format identifiers. */
    static final class SamlNameIds {
        static final String UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";

        private SamlNameIds() {
        }
    }

    private RegisteredClient samlClient(String nameIdFormat) {
        return AdminApi.register(f -> f.add("grantTypes", Sts.array(TokenExchangeIT.EXCHANGE))
                .add("scopes", Sts.array("orders.read"))
                .add("audiences", Sts.array(SP, TokenExchangeIT.API))
                .add("trustedIssuers", Sts.array(partner.id))
                .add("tokenTypes", Sts.array(Partner.TokenTypes.SAML2))
                .add("saml", jakarta.json.Json.createObjectBuilder().add("entityId", SP)
                        .add("nameIdFormat", nameIdFormat).add("attributes", Sts.array("email", "groups"))));
    }

    private static TokenExchangeGrant grant(String jwt, String audience) throws Exception {
        return new TokenExchangeGrant(new TypelessToken(jwt), TokenTypeURI.parse(Partner.TokenTypes.JWT), null, null,
                TokenTypeURI.parse(Partner.TokenTypes.SAML2), audience == null ? null : List.of(new Audience(audience)));
    }

    static String exchangeForAssertion(RegisteredClient client, String jwt) throws Exception {
        HTTPResponse http = send(client.basic(), grant(jwt, SP));
        assertEquals(200, http.getStatusCode(), http::getBody);
        JsonObject response = Sts.json(http.getBody());
        assertEquals(Partner.TokenTypes.SAML2, response.getString("issued_token_type"));
        assertEquals("N_A", response.getString("token_type"));
        return new String(Base64.getUrlDecoder().decode(response.getString("access_token")), StandardCharsets.UTF_8);
    }

    private boolean xmlsec1Verifies(String xml) throws Exception {
        return xmlsec1Verifies(work, xml);
    }

    /** Verifies a signed assertion with xmlsec1 against the certificates in our /saml2/metadata. */
    static boolean xmlsec1Verifies(Path work, String xml) throws Exception {
        NodeList certificates = parse(Sts.get("/saml2/metadata").body())
                .getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "X509Certificate");
        List<String> trusted = new ArrayList<>();
        for (int i = 0; i < certificates.getLength(); i++) {
            trusted.add(certificates.item(i).getTextContent());
        }
        return Xmlsec1.verifies(work, xml, SAML + ":Assertion", trusted);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document document, String element) {
        return document.getElementsByTagNameNS(SAML, element).item(0).getTextContent();
    }

    static List<String> attributeValues(Document document, String name) {
        NodeList attributes = document.getElementsByTagNameNS(SAML, "Attribute");
        for (int i = 0; i < attributes.getLength(); i++) {
            Element attribute = (Element) attributes.item(i);
            if (name.equals(attribute.getAttribute("Name"))) {
                NodeList values = attribute.getElementsByTagNameNS(SAML, "AttributeValue");
                List<String> texts = new ArrayList<>();
                for (int j = 0; j < values.getLength(); j++) {
                    texts.add(values.item(j).getTextContent());
                }
                return texts;
            }
        }
        return List.of();
    }
}

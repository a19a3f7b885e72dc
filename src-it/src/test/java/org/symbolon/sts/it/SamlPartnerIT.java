package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbolon.sts.it.TokenExchangeIT.API;
import static org.symbolon.sts.it.TokenExchangeIT.EXCHANGE;
import static org.symbolon.sts.it.TokenExchangeIT.assertRefused;
import static org.symbolon.sts.it.TokenExchangeIT.send;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.SAML2BearerGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.TokenTypeURI;
import com.nimbusds.oauth2.sdk.token.TypelessToken;
import com.nimbusds.oauth2.sdk.tokenexchange.TokenExchangeGrant;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensaml.saml.saml2.core.Audience;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A partner's SAML 2.0 identity provider, played by the test with OpenSAML, registered from its
 * metadata: its signed assertions exchanged for our access token and for our own SAML assertion,
 * and used with the saml2-bearer grant (RFC 7522), each through the Nimbus OAuth SDK.
 */
class SamlPartnerIT {

    static final String SAML2 = Partner.TokenTypes.SAML2;
    static final String SAML2_BEARER = "urn:ietf:params:oauth:grant-type:saml2-bearer";
    static final String MAIL = "urn:oid:0.9.2342.19200300.100.1.3";

    @TempDir
    Path work;

    @Test
    void registrationFromMetadataShowsEntityIdAndCertificateExpiry() throws Exception {
        SamlIdp idp = new SamlIdp();
        JsonObject created = idp.register();

        assertEquals(idp.entityId, created.getString("issuer"), "the issuer is the metadata's entityID");
        assertEquals("saml2", created.getString("protocol"));
        assertEquals(List.of(SAML2), created.getJsonArray("tokenTypes").getValuesAs(jakarta.json.JsonString::getString));
        JsonObject certificate = created.getJsonArray("certificates").getJsonObject(0);
        assertEquals(fingerprint(idp.signer.certificate.getEncoded()), certificate.getString("sha256"));
        Instant notAfter = idp.signer.certificate.getNotAfter().toInstant();
        assertEquals(notAfter.truncatedTo(ChronoUnit.SECONDS),
                // ISO-8601 local time in UTC; the seconds are left out when they are zero
                LocalDateTime.parse(certificate.getString("notAfter")).toInstant(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS));
        assertFalse(certificate.getBoolean("expired"));
        assertEquals(certificate.getString("notAfter"), created.getString("certificatesExpireAt"));

        JsonObject read = Sts.json(AdminApi.admin("GET", "/api/admin/issuers/" + idp.id, null));
        assertEquals(created.getJsonArray("certificates"), read.getJsonArray("certificates"));
    }

    @Test
    void anExpiredCertificateIsShownAsExpired() {
        SamlIdp idp = new SamlIdp();
        idp.signer = new SamlIdp.Signer(Instant.now().minus(400, ChronoUnit.DAYS), Instant.now().minus(1, ChronoUnit.DAYS));
        JsonObject created = idp.register();
        assertTrue(created.getJsonArray("certificates").getJsonObject(0).getBoolean("expired"));
    }

    @Test
    void samlAssertionIsExchangedForOurAccessTokenShapedByClaimsRules() throws Exception {
        SamlIdp idp = new SamlIdp();
        idp.register(f -> f.add("incomingRules", Json.createReader(new java.io.StringReader("""
                [{"kind":"map","claim":"groups","target":"role","values":{"acme-buyers":"buyer"}},
                 {"kind":"rename","claim":"%s","target":"email"},
                 {"kind":"constant","claim":"tenant","value":"acme"}]""".formatted(MAIL))).readArray()));
        RegisteredClient client = exchanger(idp);

        String token = idp.token("alice@acme.example", Map.of(MAIL, List.of("alice@acme.example"),
                "groups", List.of("acme-buyers", "acme-staff")), a -> { });
        JsonObject response = TokenExchangeIT.exchange(client.basic(), token, SAML2, null, API);

        assertEquals(Partner.TokenTypes.ACCESS_TOKEN, response.getString("issued_token_type"));
        assertEquals("Bearer", response.getString("token_type"));
        JWTClaimsSet claims = OAuthClient.verifyAccessToken(response.getString("access_token"));
        assertEquals(idp.id + ":alice@acme.example", claims.getSubject(), "the subject is namespaced by the partner");
        assertEquals(List.of("buyer"), claims.getStringListClaim("role"));
        assertEquals("alice@acme.example", claims.getStringClaim("email"));
        assertEquals("acme", claims.getStringClaim("tenant"));
        assertEquals(List.of(API), claims.getAudience());
        assertTrue(claims.getExpirationTime().toInstant().isBefore(Instant.now().plus(5, ChronoUnit.MINUTES).plusSeconds(5)),
                "the token expires no later than the assertion");
    }

    @Test
    void samlAssertionIsExchangedForOurSamlAssertionThatXmlsec1Verifies() throws Exception {
        SamlIdp idp = new SamlIdp();
        idp.register(f -> f.add("incomingRules", Json.createReader(new java.io.StringReader("""
                [{"kind":"rename","claim":"%s","target":"email"}]""".formatted(MAIL))).readArray()));
        RegisteredClient client = AdminApi.register(f -> f.add("grantTypes", Sts.array(EXCHANGE))
                .add("scopes", Sts.array("orders.read"))
                .add("audiences", Sts.array(TokenExchangeSamlIT.SP))
                .add("trustedIssuers", Sts.array(idp.id))
                .add("tokenTypes", Sts.array(SAML2))
                .add("saml", Json.createObjectBuilder().add("entityId", TokenExchangeSamlIT.SP)
                        .add("nameIdFormat", SamlIdp.EMAIL).add("attributes", Sts.array("email"))));

        HTTPResponse http = send(client.basic(), new TokenExchangeGrant(new TypelessToken(
                idp.token("bob@acme.example", Map.of(MAIL, List.of("bob@acme.example")), a -> { })),
                TokenTypeURI.parse(SAML2), null, null, TokenTypeURI.parse(SAML2),
                List.of(new com.nimbusds.oauth2.sdk.id.Audience(TokenExchangeSamlIT.SP))));
        assertEquals(200, http.getStatusCode(), http::getBody);
        JsonObject response = Sts.json(http.getBody());
        assertEquals(SAML2, response.getString("issued_token_type"));
        assertEquals("N_A", response.getString("token_type"));
        String xml = new String(Base64.getUrlDecoder().decode(response.getString("access_token")), StandardCharsets.UTF_8);

        Document ours = TokenExchangeSamlIT.parse(xml);
        assertEquals(Sts.ISSUER, ours.getElementsByTagNameNS(SAML, "Issuer").item(0).getTextContent());
        assertEquals("bob@acme.example", ours.getElementsByTagNameNS(SAML, "NameID").item(0).getTextContent());
        assertEquals(TokenExchangeSamlIT.SP, ours.getElementsByTagNameNS(SAML, "Audience").item(0).getTextContent());
        assertEquals(List.of("bob@acme.example"), TokenExchangeSamlIT.attributeValues(ours, "email"));
        assertTrue(TokenExchangeSamlIT.xmlsec1Verifies(work, xml), "xmlsec1 verifies it against /saml2/metadata");
    }

    @Test
    void previewOfAnAssertionShowsTheRulesAtWorkAndDoesNotUseItUp() throws Exception {
        SamlIdp idp = new SamlIdp();
        idp.register(f -> f.add("incomingRules", Json.createReader(new java.io.StringReader("""
                [{"kind":"map","claim":"groups","target":"role","values":{"acme-buyers":"buyer"}}]""")).readArray()));
        RegisteredClient client = exchanger(idp);
        String token = idp.token("lee@acme.example", Map.of("groups", List.of("acme-buyers")), a -> { });

        HttpResponse<String> preview = AdminApi.admin("POST", "/api/admin/claims/preview", Json.createObjectBuilder()
                .add("token", token).add("tokenType", SAML2).add("clientId", client.id()).build().toString());
        assertEquals(200, preview.statusCode(), preview::body);
        JsonObject result = Sts.json(preview);
        assertEquals("lee@acme.example", result.getJsonObject("claims").getString("sub"));
        assertEquals("buyer", result.getJsonObject("claims").getString("role"), "one group maps to one role");
        assertEquals("incoming rule #1 (map)", result.getJsonObject("producedBy").getString("role"));

        assertEquals(200, exchange(client, token).getStatusCode(), "the previewed assertion can still be used once");
        assertRefusedBecause(exchange(client, token), "already used");
    }

    @Test
    void saml2BearerGrantIssuesAnAccessTokenOnceForEachAssertion() throws Exception {
        SamlIdp idp = new SamlIdp();
        idp.register(f -> f.add("incomingRules", Json.createReader(new java.io.StringReader("""
                [{"kind":"copy","claim":"acr","target":"partner_acr"}]""")).readArray()));
        RegisteredClient client = AdminApi.register(f -> f.add("grantTypes", Sts.array(SAML2_BEARER))
                .add("scopes", Sts.array("orders.read")).add("audiences", Sts.array(API))
                .add("trustedIssuers", Sts.array(idp.id)));
        String assertion = idp.token("carol@acme.example");

        AccessTokenResponse issued = OAuthClient.issued(OAuthClient.send(new TokenRequest(Sts.TOKEN_ENDPOINT,
                client.basic(), new SAML2BearerGrant(new Base64URL(assertion)))));
        JWTClaimsSet claims = OAuthClient.verifyAccessToken(issued.getTokens().getAccessToken().getValue());
        assertEquals(idp.id + ":carol@acme.example", claims.getSubject());
        assertEquals("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport", claims.getStringClaim("partner_acr"));
        assertTrue(OAuthClient.isActive(client.basic(), issued.getTokens().getAccessToken().getValue()));

        HTTPResponse replay = OAuthClient.send(new TokenRequest(Sts.TOKEN_ENDPOINT, client.basic(),
                new SAML2BearerGrant(new Base64URL(assertion))));
        assertRefused(replay, "invalid_grant");
        assertRefused(OAuthClient.send(new TokenRequest(Sts.TOKEN_ENDPOINT, client.basic(), new SAML2BearerGrant(
                new Base64URL(idp.token("carol@acme.example", Map.of(), a -> audience(a, "https://elsewhere.example")))))),
                "invalid_grant");
    }

    @Test
    void metadataUploadedAsXmlAndReplacedForANewSigningKey() throws Exception {
        SamlIdp idp = new SamlIdp();
        HttpResponse<String> created = postMetadata("/api/admin/issuers?issuerId=" + idp.id + "&name=Upload", idp.metadata());
        assertEquals(201, created.statusCode(), created::body);
        assertEquals(idp.entityId, Sts.json(created).getString("issuer"));
        RegisteredClient client = exchanger(idp);
        String signedByOldKey = idp.token("dave@acme.example");

        SamlIdp.Signer old = idp.signer;
        idp.signer = new SamlIdp.Signer();
        HttpResponse<String> replaced = putMetadata("/api/admin/issuers/" + idp.id + "/metadata", idp.metadata());
        assertEquals(200, replaced.statusCode(), replaced::body);
        assertEquals(fingerprint(idp.signer.certificate.getEncoded()),
                Sts.json(replaced).getJsonArray("certificates").getJsonObject(0).getString("sha256"));

        assertEquals(200, TokenExchangeIT.rawExchange(client, idp.token("dave@acme.example"), SAML2).getStatusCode());
        assertRefused(TokenExchangeIT.rawExchange(client, signedByOldKey, SAML2), "invalid_request");
        assertNotEquals(old.certificate, idp.signer.certificate);

        HttpResponse<String> otherEntity = putMetadata("/api/admin/issuers/" + idp.id + "/metadata",
                new SamlIdp().metadata());
        assertEquals(400, otherEntity.statusCode(), "metadata of another entityID does not replace this partner's");
    }

    @Test
    void metadataThatIsHostileOrEmptyIsRefusedWithTheReason() {
        SamlIdp idp = new SamlIdp();
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + idp.metadata().replaceFirst("<\\?xml[^>]*>", "");
        JsonObject refused = register(idp, dtd);
        assertEquals("metadata", refused.getString("field"));
        assertTrue(refused.getString("error_description").contains("DTD"), refused::toString);

        assertEquals("metadata", register(idp, "<not-metadata/>").getString("field"));
        assertEquals("metadata", register(idp, "not xml at all").getString("field"));
        assertEquals(404, AdminApi.admin("GET", "/api/admin/issuers/" + idp.id, null).statusCode(),
                "nothing was registered");
    }

    @Test
    void metadataUrlIsPinnedFollowedOnKeyRolloverAndKeptWhenDown() throws Exception {
        SamlIdp idp = new SamlIdp();
        SamlIdp.Signer federation = new SamlIdp.Signer();
        java.util.concurrent.atomic.AtomicReference<String> served = new java.util.concurrent.atomic.AtomicReference<>(
                idp.metadata(federation));
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/metadata", exchange -> {
            byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/samlmetadata+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/metadata";
        try {
            served.set(idp.metadata(null));
            assertEquals("metadataUrl", registerFromUrl(idp, url, federation, 400).getString("field"),
                    "unsigned metadata is refused when a certificate is pinned");
            served.set(idp.metadata(new SamlIdp.Signer()));
            assertEquals("metadataUrl", registerFromUrl(idp, url, federation, 400).getString("field"),
                    "metadata signed by another key is refused");

            served.set(idp.metadata(federation));
            JsonObject created = registerFromUrl(idp, url, federation, 201);
            assertEquals(url, created.getString("metadataUrl"));
            assertEquals(fingerprint(federation.certificate.getEncoded()),
                    created.getJsonObject("metadataCertificate").getString("sha256"));
            RegisteredClient client = exchanger(idp);
            assertEquals(200, exchange(client, idp.token("kim@acme.example")).getStatusCode());

            // the partner rolls its signing key and publishes it in signed metadata: Symbolon follows
            idp.signer = new SamlIdp.Signer();
            served.set(idp.metadata(federation));
            HTTPResponse rolled = exchange(client, idp.token("kim@acme.example"));
            assertEquals(200, rolled.getStatusCode(), rolled::getBody);

            // a forged document at the URL is not taken: the next key is not trusted
            SamlIdp.Signer attacker = new SamlIdp.Signer();
            served.set(idp.metadata(null, attacker.certificate));
            SamlIdp.Signer current = idp.signer;
            idp.signer = attacker;
            Thread.sleep(2_500);
            assertRefused(exchange(client, idp.token("kim@acme.example")), "invalid_request");

            // the URL goes down: the certificates already read keep working
            server.stop(0);
            idp.signer = current;
            Thread.sleep(2_500);
            assertEquals(200, exchange(client, idp.token("kim@acme.example")).getStatusCode());
        } finally {
            server.stop(0);
        }
    }

    // ---- bad subject tokens: each refused with invalid_request, never a token ----

    @Test
    void aReplayedAssertionIsRefused() throws Exception {
        SamlIdp idp = new SamlIdp();
        idp.register();
        RegisteredClient client = exchanger(idp);
        String token = idp.token("erin@acme.example");
        assertEquals(200, TokenExchangeIT.rawExchange(client, token, SAML2).getStatusCode());
        assertRefusedBecause(TokenExchangeIT.rawExchange(client, token, SAML2), "already used");
    }

    @Test
    void wrappedAssertionsAreRefused() throws Exception {
        SamlIdp idp = new SamlIdp();
        idp.register();
        RegisteredClient client = exchanger(idp);
        String signed = idp.signedXml("frank@acme.example", Map.of(), a -> { });

        // XSW: an evil assertion with the same ID wraps the signed one, keeping its signature
        Document evil = TokenExchangeSamlIT.parse(signed);
        Element root = evil.getDocumentElement();
        setNameId(root, "admin@acme.example");
        Element advice = evil.createElementNS(SAML, "saml2:Advice");
        advice.appendChild(evil.importNode(TokenExchangeSamlIT.parse(signed).getDocumentElement(), true));
        root.insertBefore(advice, firstChild(root, "Conditions").getNextSibling());
        assertRefusedBecause(TokenExchangeIT.rawExchange(client, SamlIdp.encode(xml(evil)), SAML2),
                "another element with the signed element's ID");

        // XSW: an evil root with its own ID keeps the original's signature, whose reference points into Advice
        Document moved = TokenExchangeSamlIT.parse(signed);
        Element movedRoot = moved.getDocumentElement();
        Element original = (Element) moved.importNode(TokenExchangeSamlIT.parse(signed).getDocumentElement(), true);
        original.removeChild(firstChild(original, "Signature"));
        movedRoot.setAttribute("ID", "_evil");
        setNameId(movedRoot, "admin@acme.example");
        Element advice2 = moved.createElementNS(SAML, "saml2:Advice");
        advice2.appendChild(original);
        movedRoot.insertBefore(advice2, firstChild(movedRoot, "Conditions").getNextSibling());
        assertRefusedBecause(TokenExchangeIT.rawExchange(client, SamlIdp.encode(xml(moved)), SAML2),
                "signature profile");

        // signature stripped
        Document stripped = TokenExchangeSamlIT.parse(signed);
        stripped.getDocumentElement().removeChild(firstChild(stripped.getDocumentElement(), "Signature"));
        assertRefusedBecause(TokenExchangeIT.rawExchange(client, SamlIdp.encode(xml(stripped)), SAML2), "not signed");

        // content changed after signing
        assertRefusedBecause(TokenExchangeIT.rawExchange(client,
                SamlIdp.encode(signed.replace("frank@acme.example", "admin@acme.example")), SAML2), "does not verify");
    }

    @Test
    void aCommentInTheNameIdDoesNotShortenIt() throws Exception {
        SamlIdp idp = new SamlIdp();
        idp.register();
        RegisteredClient client = exchanger(idp);
        String signed = idp.signedXml("victim@acme.example.evil.test", Map.of(), a -> { });
        String commented = signed.replace("victim@acme.example.evil.test", "victim@acme.example<!---->.evil.test");

        JsonObject response = TokenExchangeIT.exchange(client.basic(), SamlIdp.encode(commented), SAML2, null, API);
        assertEquals(idp.id + ":victim@acme.example.evil.test",
                OAuthClient.verifyAccessToken(response.getString("access_token")).getSubject());
    }

    @Test
    void anAssertionWithADtdIsRefused() throws Exception {
        SamlIdp idp = new SamlIdp();
        idp.register();
        RegisteredClient client = exchanger(idp);
        String signed = idp.signedXml("gina@acme.example", Map.of(), a -> { }).replaceFirst("<\\?xml[^>]*>", "");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + signed;
        assertRefusedBecause(TokenExchangeIT.rawExchange(client, SamlIdp.encode(xxe), SAML2), "DTD");
    }

    @Test
    void assertionsFailingAConditionAreRefused() throws Exception {
        SamlIdp idp = new SamlIdp();
        idp.register();
        RegisteredClient client = exchanger(idp);
        Instant now = Instant.now();

        assertRefusedBecause(exchange(client, idp.token("h@acme.example", Map.of(),
                a -> audience(a, "https://another-sts.example"))), "audience");
        assertRefusedBecause(exchange(client, idp.token("h@acme.example", Map.of(), a -> {
            a.getConditions().setNotOnOrAfter(now.minus(10, ChronoUnit.MINUTES));
            a.getSubject().getSubjectConfirmations().get(0).getSubjectConfirmationData()
                    .setNotOnOrAfter(now.minus(10, ChronoUnit.MINUTES));
        })), "expired");
        assertRefusedBecause(exchange(client, idp.token("h@acme.example", Map.of(),
                a -> a.getConditions().setNotBefore(now.plus(10, ChronoUnit.MINUTES)))), "not valid yet");
        assertRefusedBecause(exchange(client, idp.token("h@acme.example", Map.of(),
                a -> a.getSubject().getSubjectConfirmations().get(0).getSubjectConfirmationData()
                        .setRecipient("https://sp.elsewhere.example/acs"))), "SubjectConfirmation");
        assertRefusedBecause(exchange(client, idp.token("h@acme.example", Map.of(),
                a -> a.getSubject().getSubjectConfirmations().get(0)
                        .setMethod("urn:oasis:names:tc:SAML:2.0:cm:holder-of-key"))), "SubjectConfirmation");
    }

    @Test
    void signaturesFromOtherKeysOrWeakAlgorithmsAreRefused() throws Exception {
        SamlIdp idp = new SamlIdp();
        idp.register();
        RegisteredClient client = exchanger(idp);

        SamlIdp impostor = new SamlIdp();
        org.opensaml.saml.saml2.core.Assertion forged = idp.assertion("i@acme.example", Map.of(), a -> { });
        impostor.signer.sign(forged); // its own certificate travels in KeyInfo: never trusted
        assertRefusedBecause(exchange(client, SamlIdp.encode(SamlIdp.serialize(forged))), "registered certificates");

        org.opensaml.saml.saml2.core.Assertion sha1 = idp.assertion("i@acme.example", Map.of(), a -> { });
        idp.signer.sign(sha1, "http://www.w3.org/2000/09/xmldsig#rsa-sha1", "http://www.w3.org/2000/09/xmldsig#sha1");
        assertRefusedBecause(exchange(client, SamlIdp.encode(SamlIdp.serialize(sha1))), "algorithm");
    }

    @Test
    void untrustedDisabledOrMistypedTokensAreRefused() throws Exception {
        SamlIdp idp = new SamlIdp();
        idp.register();
        SamlIdp disabled = new SamlIdp();
        disabled.register(f -> f.add("enabled", false));
        SamlIdp unregistered = new SamlIdp();
        RegisteredClient client = exchanger(idp);
        RegisteredClient notTrusting = AdminApi.register(f -> f.add("grantTypes", Sts.array(EXCHANGE))
                .add("scopes", Sts.array("orders.read")).add("audiences", Sts.array(API)));

        assertRefusedBecause(exchange(client, unregistered.token("j@acme.example")), "trusted issuer");
        assertRefusedBecause(exchange(client, disabled.token("j@acme.example")), "trusted issuer");
        assertRefusedBecause(exchange(notTrusting, idp.token("j@acme.example")), "may not exchange");
        assertRefusedBecause(exchange(client, "%%%not-base64%%%"), "base64url");
        assertRefusedBecause(exchange(client, SamlIdp.encode("just text")), "not a SAML assertion");
        Partner jwtPartner = new Partner().register();
        assertRefusedBecause(exchange(client, jwtPartner.token("k", c -> { })), "not a SAML assertion");
        assertRefusedBecause(TokenExchangeIT.rawExchange(client, idp.token("j@acme.example"), Partner.TokenTypes.JWT),
                "not a JWT");
    }

    // ---- helpers ----

    static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";

    private static RegisteredClient exchanger(SamlIdp idp) {
        return AdminApi.register(f -> f.add("grantTypes", Sts.array(EXCHANGE)).add("scopes", Sts.array("orders.read"))
                .add("audiences", Sts.array(API)).add("trustedIssuers", Sts.array(idp.id)));
    }

    private static HTTPResponse exchange(RegisteredClient client, String token) throws Exception {
        return TokenExchangeIT.rawExchange(client, token, SAML2);
    }

    private static void assertRefusedBecause(HTTPResponse response, String reason) {
        assertRefused(response, "invalid_request");
        String description = Sts.json(response.getBody()).getString("error_description");
        assertTrue(description.contains(reason), () -> "'" + description + "' should say " + reason);
    }

    private static void audience(org.opensaml.saml.saml2.core.Assertion assertion, String value) {
        Audience audience = assertion.getConditions().getAudienceRestrictions().get(0).getAudiences().get(0);
        audience.setURI(value);
    }

    private static JsonObject registerFromUrl(SamlIdp idp, String url, SamlIdp.Signer pinned, int status) {
        HttpResponse<String> response = AdminApi.admin("POST", "/api/admin/issuers", Json.createObjectBuilder()
                .add("issuerId", idp.id).add("name", "By URL").add("protocol", "saml2").add("metadataUrl", url)
                .add("metadataCertificate", pinned.pem()).build().toString());
        assertEquals(status, response.statusCode(), response::body);
        return Sts.json(response);
    }

    private static JsonObject register(SamlIdp idp, String metadata) {
        HttpResponse<String> response = AdminApi.admin("POST", "/api/admin/issuers", Json.createObjectBuilder()
                .add("issuerId", idp.id).add("name", "Hostile").add("protocol", "saml2").add("metadata", metadata)
                .build().toString());
        assertEquals(400, response.statusCode(), response::body);
        return Sts.json(response);
    }

    static HttpResponse<String> postMetadata(String path, String xml) {
        return sendXml("POST", path, xml);
    }

    static HttpResponse<String> putMetadata(String path, String xml) {
        return sendXml("PUT", path, xml);
    }

    private static HttpResponse<String> sendXml(String method, String path, String xml) {
        return Sts.send(java.net.http.HttpRequest.newBuilder(Sts.url(path))
                .header("Authorization", "Bearer " + AdminApi.adminToken())
                .header("Content-Type", "application/samlmetadata+xml")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(xml)).build());
    }

    private static void setNameId(Element assertion, String value) {
        assertion.getElementsByTagNameNS(SAML, "NameID").item(0).setTextContent(value);
    }

    private static Element firstChild(Element parent, String localName) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("no " + localName);
    }

    private static String xml(Document document) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        javax.xml.transform.TransformerFactory.newInstance().newTransformer()
                .transform(new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(out));
        return out.toString();
    }

    static String fingerprint(byte[] der) throws Exception {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    }
}

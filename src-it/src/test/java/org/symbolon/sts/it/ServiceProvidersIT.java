package org.symbolon.sts.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * SAML 2.0 service providers registered through the admin API from metadata that the test makes with
 * OpenSAML: uploaded, in JSON, or from a URL whose signature must verify with a pinned certificate;
 * their settings edited, their metadata replaced, and hostile input refused naming the field.
 */
class ServiceProvidersIT {

    static final String PATH = "/api/admin/service-providers";

    @Test
    void uploadedMetadataIsReadIntoEndpointsCertificatesAndDefaults() throws Exception {
        SamlSp sp = new SamlSp();
        HttpResponse<String> created = SamlPartnerIT.postMetadata(PATH + "?displayName=Payroll&assertionLifetime=120",
                sp.metadata());
        assertEquals(201, created.statusCode(), created::body);
        JsonObject json = Sts.json(created);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(PATH + "/" + json.getString("id")), location);

        assertEquals(sp.entityId, json.getString("entityId"));
        assertEquals("Payroll", json.getString("displayName"));
        assertEquals(120, json.getInt("assertionLifetime"));
        JsonObject acs = json.getJsonArray("assertionConsumerServices").getJsonObject(0);
        assertEquals(SamlSp.POST, acs.getString("binding"));
        assertEquals(sp.acs, acs.getString("location"));
        assertEquals(0, acs.getInt("index"));
        assertTrue(acs.getBoolean("isDefault"));
        assertEquals(2, json.getJsonArray("assertionConsumerServices").size());
        assertEquals(SamlSp.REDIRECT, json.getJsonArray("singleLogoutServices").getJsonObject(0).getString("binding"));
        assertEquals(SamlPartnerIT.fingerprint(sp.signer.certificate.getEncoded()),
                json.getJsonArray("signingCertificates").getJsonObject(0).getString("sha256"));
        assertEquals(SamlPartnerIT.fingerprint(sp.encryption.certificate.getEncoded()),
                json.getJsonArray("encryptionCertificates").getJsonObject(0).getString("sha256"));
        assertFalse(json.getJsonArray("signingCertificates").getJsonObject(0).getBoolean("expired"));
        assertTrue(json.getBoolean("authnRequestsSigned"));
        assertEquals(List.of(SamlSp.EMAIL), json.getJsonArray("nameIdFormats").getValuesAs(JsonString::getString));

        assertTrue(json.getBoolean("enabled"));
        assertTrue(json.getBoolean("signResponse"));
        assertTrue(json.getBoolean("signAssertion"));
        assertTrue(json.getBoolean("encryptAssertion"), "the metadata has an encryption certificate");
        assertEquals("emailAddress", json.getString("nameIdFormat"), "the first format the metadata lists");
        assertEquals("RSA-SHA256", json.getString("signatureAlgorithm"));
        assertTrue(json.getBoolean("requireSignedAuthnRequests"), "as the metadata's AuthnRequestsSigned");

        JsonObject read = Sts.json(AdminApi.admin("GET", PATH + "/" + json.getString("id"), null));
        assertEquals(json.getJsonArray("assertionConsumerServices"), read.getJsonArray("assertionConsumerServices"));
        assertTrue(Sts.json(AdminApi.admin("GET", PATH, null)).getJsonArray("serviceProviders").stream()
                .anyMatch(s -> s.asJsonObject().getString("entityId").equals(sp.entityId)));
    }

    @Test
    void jsonRegistrationSettingsEditAndMetadataReplacementKeepWhatWasSet() throws Exception {
        SamlSp sp = new SamlSp();
        JsonObject created = create(Json.createObjectBuilder().add("id", sp.id).add("metadata", sp.metadata(null, false))
                .add("nameIdFormat", "transient").add("attributeRules", Json.createReader(new java.io.StringReader(
                        "[{\"kind\":\"rename\",\"claim\":\"mail\",\"target\":\"email\"}]")).readArray()), 201);
        assertEquals(sp.id, created.getString("id"));
        assertFalse(created.getBoolean("encryptAssertion"), "no encryption certificate, no encryption");
        assertEquals("transient", created.getString("nameIdFormat"));

        HttpResponse<String> edited = AdminApi.admin("PUT", PATH + "/" + sp.id, Json.createObjectBuilder()
                .add("enabled", false).add("displayName", "Travel booking").add("signResponse", false)
                .add("signatureAlgorithm", "RSA-SHA512").add("assertionLifetime", 600)
                .add("requireSignedAuthnRequests", false).build().toString());
        assertEquals(200, edited.statusCode(), edited::body);
        JsonObject after = Sts.json(AdminApi.admin("GET", PATH + "/" + sp.id, null));
        assertFalse(after.getBoolean("enabled"));
        assertEquals("Travel booking", after.getString("displayName"));
        assertFalse(after.getBoolean("signResponse"));
        assertTrue(after.getBoolean("signAssertion"), "a setting left out keeps its value");
        assertEquals("RSA-SHA512", after.getString("signatureAlgorithm"));
        assertEquals(600, after.getInt("assertionLifetime"));
        assertEquals("transient", after.getString("nameIdFormat"));
        assertEquals("email", after.getJsonArray("attributeRules").getJsonObject(0).getString("target"));

        sp.signer = new SamlIdp.Signer();
        HttpResponse<String> replaced = SamlPartnerIT.putMetadata(PATH + "/" + sp.id + "/metadata", sp.metadata(null, false));
        assertEquals(200, replaced.statusCode(), replaced::body);
        JsonObject renewed = Sts.json(replaced);
        assertEquals(SamlPartnerIT.fingerprint(sp.signer.certificate.getEncoded()),
                renewed.getJsonArray("signingCertificates").getJsonObject(0).getString("sha256"));
        for (String kept : List.of("enabled", "displayName", "signResponse", "signatureAlgorithm", "assertionLifetime",
                "nameIdFormat", "attributeRules", "requireSignedAuthnRequests")) {
            assertEquals(after.get(kept), renewed.get(kept), kept + " is kept");
        }
        assertEquals("metadata", Sts.json(SamlPartnerIT.putMetadata(PATH + "/" + sp.id + "/metadata",
                new SamlSp().metadata())).getString("field"), "another entityID's metadata is refused");
    }

    @Test
    void badSettingsAreRefusedNamingTheField() {
        SamlSp sp = new SamlSp();
        String metadata = sp.metadata(null, false);
        assertEquals("nameIdFormat", refused(Json.createObjectBuilder().add("metadata", metadata)
                .add("nameIdFormat", "kerberos")));
        assertEquals("encryptAssertion", refused(Json.createObjectBuilder().add("metadata", metadata)
                .add("encryptAssertion", true)));
        assertEquals("signatureAlgorithm", refused(Json.createObjectBuilder().add("metadata", metadata)
                .add("signatureAlgorithm", "RSA-SHA1")));
        assertEquals("assertionLifetime", refused(Json.createObjectBuilder().add("metadata", metadata)
                .add("assertionLifetime", 999999)));
        assertEquals("attributeRules[0].kind", refused(Json.createObjectBuilder().add("metadata", metadata)
                .add("attributeRules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "eval")
                        .add("claim", "x")))));
        assertEquals("id", refused(Json.createObjectBuilder().add("metadata", metadata).add("id", "no/slashes")));
        assertEquals("signResponse", Sts.json(SamlPartnerIT.postMetadata(PATH + "?signResponse=maybe", metadata))
                .getString("field"));
    }

    @Test
    void metadataFromAUrlMustBeSignedByThePinnedCertificate() throws Exception {
        SamlSp sp = new SamlSp();
        SamlIdp.Signer federation = new SamlIdp.Signer();
        AtomicReference<String> served = new AtomicReference<>(sp.metadata(null, true));
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new InetSocketAddress("127.0.0.1", 0), 0);
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
            var byUrl = Json.createObjectBuilder().add("metadataUrl", url).add("metadataCertificate", federation.pem());
            assertEquals("metadataUrl", refused(byUrl), "unsigned metadata is refused when a certificate is pinned");
            served.set(sp.metadata(new SamlIdp.Signer(), true));
            assertEquals("metadataUrl", refused(Json.createObjectBuilder().add("metadataUrl", url)
                    .add("metadataCertificate", federation.pem())), "metadata signed by another key is refused");

            served.set(sp.metadata(federation, true));
            JsonObject created = create(Json.createObjectBuilder().add("metadataUrl", url)
                    .add("metadataCertificate", federation.pem()), 201);
            assertEquals(sp.entityId, created.getString("entityId"));
            assertEquals(url, created.getString("metadataUrl"));
            assertEquals(SamlPartnerIT.fingerprint(federation.certificate.getEncoded()),
                    created.getJsonObject("metadataCertificate").getString("sha256"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void hostileMetadataIsRefusedNamingTheField() {
        SamlSp sp = new SamlSp();
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + sp.metadata().replaceFirst("<\\?xml[^>]*>", "");
        assertRefusedMetadata(dtd, "DTD");
        assertRefusedMetadata("<not-metadata/>", "not SAML 2.0 metadata");
        assertRefusedMetadata(sp.metadata().replace("urn:oasis:names:tc:SAML:2.0:protocol",
                "urn:example:other"), "no SPSSODescriptor");
        assertRefusedMetadata(new SamlIdp().metadata(), "no SPSSODescriptor");
        assertRefusedMetadata(sp.metadata().replaceAll("<md:AssertionConsumerService[^>]*/>", ""),
                "no AssertionConsumerService");
        assertRefusedMetadata(sp.metadata().replace("Location=\"" + sp.acs + "\"", "Location=\"javascript:alert(1)\""),
                "not an absolute http(s) URL");
        assertEquals(404, AdminApi.admin("GET", PATH + "/" + sp.id, null).statusCode());
    }

    @Test
    void aDuplicateEntityIsAConflictAndDeletionRemovesTheServiceProvider() {
        SamlSp sp = new SamlSp();
        JsonObject created = create(Json.createObjectBuilder().add("metadata", sp.metadata()), 201);
        assertEquals(409, SamlPartnerIT.postMetadata(PATH, sp.metadata()).statusCode());
        assertEquals(204, AdminApi.admin("DELETE", PATH + "/" + created.getString("id"), null).statusCode());
        assertEquals(404, AdminApi.admin("GET", PATH + "/" + created.getString("id"), null).statusCode());
        assertEquals(404, AdminApi.admin("DELETE", PATH + "/" + created.getString("id"), null).statusCode());
        assertEquals(201, SamlPartnerIT.postMetadata(PATH, sp.metadata()).statusCode(), "registrable again");
    }

    @Test
    void garbageNeverCausesAServerError() {
        for (HttpResponse<String> response : List.of(
                AdminApi.admin("POST", PATH, "{not json"),
                AdminApi.admin("POST", PATH, "[]"),
                AdminApi.admin("POST", PATH, "{\"metadata\": 42}"),
                AdminApi.admin("POST", PATH, "{\"metadata\": \"x\", \"metadataUrl\": \"https://a.example/md\"}"),
                AdminApi.admin("POST", PATH, "{\"metadataUrl\": \"ftp://a.example/md\"}"),
                AdminApi.admin("POST", PATH, "{\"metadata\": \"x\", \"unknown\": 1}"),
                AdminApi.admin("PUT", PATH + "/nope", "{\"enabled\": true}"),
                AdminApi.admin("PUT", PATH + "/nope/metadata", "{\"metadata\": \"x\"}"),
                SamlPartnerIT.postMetadata(PATH, ""),
                SamlPartnerIT.postMetadata(PATH, "\u0000\u0001garbage"))) {
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response::body);
            assertTrue(Sts.json(response).containsKey("error"), response::body);
        }
        assertEquals(401, AdminApi.admin("GET", PATH, null, null).statusCode(), "the admin API needs a token");
    }

    private static JsonObject create(jakarta.json.JsonObjectBuilder body, int status) {
        HttpResponse<String> response = AdminApi.admin("POST", PATH, body.build().toString());
        assertEquals(status, response.statusCode(), response::body);
        return Sts.json(response);
    }

    private static String refused(jakarta.json.JsonObjectBuilder body) {
        return create(body, 400).getString("field");
    }

    private static void assertRefusedMetadata(String metadata, String reason) {
        HttpResponse<String> response = SamlPartnerIT.postMetadata(PATH, metadata);
        assertEquals(400, response.statusCode(), response::body);
        JsonObject json = Sts.json(response);
        assertEquals("metadata", json.getString("field"));
        assertTrue(json.getString("error_description").contains(reason), json::toString);
    }
}

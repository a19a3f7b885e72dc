package org.symbolon.sts.rest.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Set;
import org.symbolon.sts.trust.CertificateInfo;
import org.symbolon.sts.trust.PartnerIssuerView;
import org.symbolon.sts.trust.PartnerRegistration;

/** The admin API's JSON for trusted partner issuers. */
final class IssuerJson {

    private static final Set<String> FIELDS = Set.of("issuerId", "issuer", "name", "protocol", "jwks", "jwksUri",
            "metadata", "metadataUrl", "metadataCertificate", "tokenTypes", "audience", "algorithms", "incomingRules",
            "enabled");

    private IssuerJson() {
    }

    static PartnerRegistration read(String body) {
        JsonObject json = AdminJson.parseObject(body);
        AdminJson.refuseUnknown(json, FIELDS);
        return new PartnerRegistration(AdminJson.string(json, "issuerId"), AdminJson.string(json, "issuer"),
                AdminJson.string(json, "name"), AdminJson.string(json, "protocol"), AdminJson.object(json, "jwks"),
                AdminJson.string(json, "jwksUri"), AdminJson.string(json, "metadata"),
                AdminJson.string(json, "metadataUrl"), AdminJson.string(json, "metadataCertificate"),
                AdminJson.strings(json, "tokenTypes"),
                AdminJson.string(json, "audience"), AdminJson.strings(json, "algorithms"), AdminJson.raw(json, "incomingRules"),
                AdminJson.bool(json, "enabled"));
    }

    static JsonObject write(PartnerIssuerView p) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("issuerId", p.issuerId())
                .add("issuer", p.issuer())
                .add("name", p.name())
                .add("protocol", p.protocol())
                .add("tokenTypes", AdminJson.array(p.tokenTypes()))
                .add("audience", p.audience())
                .add("algorithms", AdminJson.array(p.algorithms()))
                .add("incomingRules", AdminJson.parsed(p.incomingRules()))
                .add("enabled", p.enabled())
                .add("createdAt", String.valueOf(p.createdAt()))
                .add("updatedAt", String.valueOf(p.updatedAt()));
        JsonArrayBuilder certificates = Json.createArrayBuilder();
        p.certificates().forEach(c -> certificates.add(certificate(c)));
        json.add("certificates", certificates);
        if (p.certificatesExpireAt() != null) {
            json.add("certificatesExpireAt", p.certificatesExpireAt().toString());
        }
        if (p.metadataUrl() != null) {
            json.add("metadataUrl", p.metadataUrl());
        }
        if (p.metadataCertificate() != null) {
            json.add("metadataCertificate", certificate(p.metadataCertificate()));
        }
        if (p.jwksUri() != null) {
            json.add("jwksUri", p.jwksUri());
        }
        if (p.jwks() != null) {
            try (JsonReader reader = Json.createReader(new StringReader(p.jwks()))) {
                json.add("jwks", reader.readObject());
            }
        }
        return json.build();
    }

    private static JsonObject certificate(CertificateInfo c) {
        return Json.createObjectBuilder()
                .add("subject", c.subject())
                .add("notBefore", c.notBefore().toString())
                .add("notAfter", c.notAfter().toString())
                .add("sha256", c.sha256())
                .add("expired", c.expired())
                .build();
    }
}

package org.symbolon.sts.rest.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Set;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.CertificateInfo;
import org.symbolon.sts.trust.ServiceProviderRegistration;
import org.symbolon.sts.trust.ServiceProviderSettingsInput;
import org.symbolon.sts.trust.ServiceProviderView;

/** The admin API's JSON for SAML 2.0 service providers; settings also come as query parameters of an upload. */
final class ServiceProviderJson {

    static final Set<String> SETTINGS = Set.of("enabled", "displayName", "signResponse", "signAssertion",
            "encryptAssertion", "nameIdFormat", "attributeRules", "signatureAlgorithm", "assertionLifetime",
            "requireSignedAuthnRequests");
    private static final Set<String> SOURCE = Set.of("id", "entityId", "metadata", "metadataUrl", "metadataCertificate");

    private ServiceProviderJson() {
    }

    static ServiceProviderRegistration registration(String body) {
        JsonObject json = AdminJson.parseObject(body);
        AdminJson.refuseUnknown(json, union(SOURCE, SETTINGS));
        return new ServiceProviderRegistration(AdminJson.string(json, "id"), AdminJson.string(json, "entityId"),
                AdminJson.string(json, "metadata"), AdminJson.string(json, "metadataUrl"),
                AdminJson.string(json, "metadataCertificate"), settings(json));
    }

    /** A metadata replacement: {@code metadata}, or {@code metadataUrl} with an optional {@code metadataCertificate}. */
    static JsonObject metadataSource(String body) {
        JsonObject json = AdminJson.parseObject(body);
        AdminJson.refuseUnknown(json, Set.of("metadata", "metadataUrl", "metadataCertificate"));
        return json;
    }

    static ServiceProviderSettingsInput settingsOnly(String body) {
        JsonObject json = AdminJson.parseObject(body);
        AdminJson.refuseUnknown(json, SETTINGS);
        return settings(json);
    }

    private static ServiceProviderSettingsInput settings(JsonObject json) {
        Integer lifetime = AdminJson.integer(json, "assertionLifetime");
        return new ServiceProviderSettingsInput(AdminJson.bool(json, "enabled"), AdminJson.string(json, "displayName"),
                AdminJson.bool(json, "signResponse"), AdminJson.bool(json, "signAssertion"),
                AdminJson.bool(json, "encryptAssertion"), AdminJson.string(json, "nameIdFormat"),
                AdminJson.raw(json, "attributeRules"), AdminJson.string(json, "signatureAlgorithm"), lifetime,
                AdminJson.bool(json, "requireSignedAuthnRequests"));
    }

    /** Settings given as query parameters of a metadata upload ({@code attributeRules} as JSON text). */
    static ServiceProviderSettingsInput settings(MultivaluedMap<String, String> query) {
        for (String name : query.keySet()) {
            if (!SETTINGS.contains(name) && !Set.of("id", "entityId").contains(name)) {
                throw StsException.invalidField(name, "Unknown parameter '" + name + "'");
            }
        }
        return new ServiceProviderSettingsInput(bool(query, "enabled"), query.getFirst("displayName"),
                bool(query, "signResponse"), bool(query, "signAssertion"), bool(query, "encryptAssertion"),
                query.getFirst("nameIdFormat"), query.getFirst("attributeRules"), query.getFirst("signatureAlgorithm"),
                integer(query, "assertionLifetime"), bool(query, "requireSignedAuthnRequests"));
    }

    private static Boolean bool(MultivaluedMap<String, String> query, String name) {
        String value = query.getFirst(name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw StsException.invalidField(name, name + " must be true or false");
        }
        return Boolean.valueOf(value);
    }

    private static Integer integer(MultivaluedMap<String, String> query, String name) {
        String value = query.getFirst(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw StsException.invalidField(name, name + " must be a whole number of seconds");
        }
    }

    static JsonObject write(ServiceProviderView sp) {
        JsonArrayBuilder acs = Json.createArrayBuilder();
        sp.assertionConsumerServices().forEach(a -> {
            JsonObjectBuilder endpoint = Json.createObjectBuilder().add("binding", a.binding()).add("location", a.location());
            if (a.index() != null) {
                endpoint.add("index", a.index());
            }
            if (a.isDefault() != null) {
                endpoint.add("isDefault", a.isDefault());
            }
            acs.add(endpoint);
        });
        JsonArrayBuilder slo = Json.createArrayBuilder();
        sp.singleLogoutServices().forEach(s -> {
            JsonObjectBuilder endpoint = Json.createObjectBuilder().add("binding", s.binding()).add("location", s.location());
            if (s.responseLocation() != null) {
                endpoint.add("responseLocation", s.responseLocation());
            }
            slo.add(endpoint);
        });
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", sp.id())
                .add("entityId", sp.entityId())
                .add("displayName", sp.displayName())
                .add("enabled", sp.enabled())
                .add("assertionConsumerServices", acs)
                .add("singleLogoutServices", slo)
                .add("signingCertificates", certificates(sp.signingCertificates().stream()))
                .add("encryptionCertificates", certificates(sp.encryptionCertificates().stream()))
                .add("authnRequestsSigned", sp.authnRequestsSigned())
                .add("wantAssertionsSigned", sp.wantAssertionsSigned())
                .add("nameIdFormats", AdminJson.array(sp.nameIdFormats()))
                .add("signResponse", sp.signResponse())
                .add("signAssertion", sp.signAssertion())
                .add("encryptAssertion", sp.encryptAssertion())
                .add("nameIdFormat", sp.nameIdFormat())
                .add("attributeRules", AdminJson.parsed(sp.attributeRules()))
                .add("signatureAlgorithm", sp.signatureAlgorithm())
                .add("assertionLifetime", sp.assertionLifetime())
                .add("requireSignedAuthnRequests", sp.requireSignedAuthnRequests())
                .add("createdAt", String.valueOf(sp.createdAt()))
                .add("updatedAt", String.valueOf(sp.updatedAt()));
        if (sp.certificatesExpireAt() != null) {
            json.add("certificatesExpireAt", sp.certificatesExpireAt().toString());
        }
        if (sp.metadataUrl() != null) {
            json.add("metadataUrl", sp.metadataUrl());
        }
        if (sp.metadataCertificate() != null) {
            json.add("metadataCertificate", certificate(sp.metadataCertificate()));
        }
        return json.build();
    }

    private static JsonArrayBuilder certificates(java.util.stream.Stream<CertificateInfo> certificates) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        certificates.forEach(c -> array.add(certificate(c)));
        return array;
    }

    private static JsonObject certificate(CertificateInfo c) {
        return Json.createObjectBuilder().add("subject", c.subject()).add("notBefore", c.notBefore().toString())
                .add("notAfter", c.notAfter().toString()).add("sha256", c.sha256()).add("expired", c.expired()).build();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}

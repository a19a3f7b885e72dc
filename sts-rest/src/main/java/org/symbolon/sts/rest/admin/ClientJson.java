package org.symbolon.sts.rest.admin;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Set;
import org.symbolon.sts.trust.ClientRegistration;
import org.symbolon.sts.trust.OidcRegistration;
import org.symbolon.sts.trust.OidcSettings;
import org.symbolon.sts.trust.ClientView;

/** The admin API's JSON for clients, read field by field so each mistake is reported by name. */
public final class ClientJson {

    private static final Set<String> FIELDS = Set.of("clientId", "name", "grantTypes", "scopes", "audiences",
            "redirectUris", "accessTokenLifetime", "signingAlg", "jwks", "trustedIssuers", "tokenTypes",
            "allowedActors", "impersonation", "saml", "outgoingRules", "enabled", "tokenEndpointAuthMethod", "requirePkce",
            "subjectType", "sectorIdentifier", "postLogoutRedirectUris", "idTokenSigningAlg", "refreshTokenLifetime");

    private ClientJson() {
    }

    public static ClientRegistration read(String body) {
        JsonObject json = AdminJson.parseObject(body);
        AdminJson.refuseUnknown(json, FIELDS);
        return new ClientRegistration(AdminJson.string(json, "clientId"), AdminJson.string(json, "name"), AdminJson.strings(json, "grantTypes"),
                AdminJson.strings(json, "scopes"), AdminJson.strings(json, "audiences"), AdminJson.strings(json, "redirectUris"),
                AdminJson.integer(json, "accessTokenLifetime"), AdminJson.string(json, "signingAlg"), AdminJson.object(json, "jwks"),
                AdminJson.strings(json, "trustedIssuers"), AdminJson.strings(json, "tokenTypes"), AdminJson.strings(json, "allowedActors"),
                AdminJson.bool(json, "impersonation"), SamlJson.read(json), AdminJson.raw(json, "outgoingRules"),
                AdminJson.bool(json, "enabled"), oidc(json));
    }

    private static OidcRegistration oidc(JsonObject json) {
        return new OidcRegistration(AdminJson.string(json, "tokenEndpointAuthMethod"), AdminJson.bool(json, "requirePkce"),
                AdminJson.string(json, "subjectType"), AdminJson.string(json, "sectorIdentifier"),
                AdminJson.strings(json, "postLogoutRedirectUris"), AdminJson.string(json, "idTokenSigningAlg"),
                AdminJson.integer(json, "refreshTokenLifetime"));
    }

    public static JsonObject write(ClientView c) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("clientId", c.clientId())
                .add("name", c.name())
                .add("grantTypes", AdminJson.array(c.grantTypes()))
                .add("scopes", AdminJson.array(c.scopes()))
                .add("audiences", AdminJson.array(c.audiences()))
                .add("redirectUris", AdminJson.array(c.redirectUris()))
                .add("accessTokenLifetime", c.accessTokenLifetime())
                .add("signingAlg", c.signingAlg())
                .add("trustedIssuers", AdminJson.array(c.trustedIssuers()))
                .add("tokenTypes", AdminJson.array(c.tokenTypes()))
                .add("allowedActors", AdminJson.array(c.allowedActors()))
                .add("impersonation", c.impersonation())
                .add("outgoingRules", AdminJson.parsed(c.outgoingRules()))
                .add("enabled", c.enabled())
                .add("hasSecret", c.hasSecret())
                .add("createdAt", String.valueOf(c.createdAt()))
                .add("updatedAt", String.valueOf(c.updatedAt()));
        OidcSettings oidc = c.oidc();
        json.add("tokenEndpointAuthMethod", oidc.tokenEndpointAuthMethod())
                .add("requirePkce", oidc.pkceRequired())
                .add("subjectType", oidc.subjectType())
                .add("postLogoutRedirectUris", AdminJson.array(oidc.postLogoutRedirectUris()))
                .add("idTokenSigningAlg", oidc.idTokenSigningAlg() == null ? c.signingAlg() : oidc.idTokenSigningAlg());
        if (oidc.sectorIdentifier() != null) {
            json.add("sectorIdentifier", oidc.sectorIdentifier());
        }
        if (oidc.refreshTokenLifetime() != null) {
            json.add("refreshTokenLifetime", oidc.refreshTokenLifetime());
        }
        if (c.saml() != null) {
            json.add("saml", SamlJson.write(c.saml()));
        }
        if (c.jwks() != null) {
            try (JsonReader reader = Json.createReader(new StringReader(c.jwks()))) {
                json.add("jwks", reader.readObject());
            }
        }
        return json.build();
    }

}

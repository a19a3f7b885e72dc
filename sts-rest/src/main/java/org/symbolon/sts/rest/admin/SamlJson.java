package org.symbolon.sts.rest.admin;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.SamlRelyingParty;

/** A client's {@code saml} settings in the admin API. */
final class SamlJson {

    private static final Set<String> FIELDS = Set.of("entityId", "nameIdFormat", "recipient",
            "encryptionCertificate", "attributes");

    private SamlJson() {
    }

    static SamlRelyingParty read(JsonObject client) {
        JsonValue value = client.get("saml");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject json)) {
            throw StsException.invalidField("saml", "saml must be a JSON object");
        }
        AdminJson.refuseUnknown(json, FIELDS);
        return new SamlRelyingParty(AdminJson.string(json, "entityId"), AdminJson.string(json, "nameIdFormat"),
                AdminJson.string(json, "recipient"), AdminJson.string(json, "encryptionCertificate"),
                AdminJson.strings(json, "attributes"));
    }

    static JsonObject write(SamlRelyingParty saml) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("entityId", saml.entityId())
                .add("nameIdFormat", saml.nameIdFormat())
                .add("attributes", AdminJson.array(saml.attributes()));
        if (saml.recipient() != null) {
            json.add("recipient", saml.recipient());
        }
        if (saml.encryptionCertificate() != null) {
            json.add("encryptionCertificate", saml.encryptionCertificate());
        }
        return json.build();
    }
}

package org.symbolon.sts.trust;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Pattern;
import org.symbolon.sts.error.StsException;

/** What makes a client's SAML settings valid; refusals name the field inside {@code saml}. */
public final class SamlRelyingPartyPolicy {

    private static final Pattern CLAIM_NAME = Pattern.compile("[A-Za-z0-9_.:/-]{1,128}");

    private SamlRelyingPartyPolicy() {
    }

    public static SamlRelyingParty check(SamlRelyingParty saml, List<String> audiences) {
        if (saml == null) {
            return null;
        }
        if (saml.entityId() == null || !audiences.contains(saml.entityId())) {
            throw StsException.invalidField("saml.entityId", "saml.entityId must be one of the client's audiences");
        }
        String format = saml.nameIdFormat() == null ? SamlRelyingParty.UNSPECIFIED : saml.nameIdFormat();
        if (!SamlRelyingParty.NAME_ID_FORMATS.contains(format)) {
            throw StsException.invalidField("saml.nameIdFormat", "saml.nameIdFormat must be one of "
                    + String.join(", ", SamlRelyingParty.NAME_ID_FORMATS));
        }
        if (saml.recipient() != null && !saml.recipient().startsWith("https://")
                && !saml.recipient().startsWith("http://localhost")) {
            throw StsException.invalidField("saml.recipient", "saml.recipient must be an https URL");
        }
        if (saml.encryptionCertificate() != null) {
            certificate(saml.encryptionCertificate());
        }
        List<String> attributes = saml.attributes() == null ? List.of() : List.copyOf(saml.attributes());
        if (attributes.stream().anyMatch(a -> a == null || !CLAIM_NAME.matcher(a).matches())) {
            throw StsException.invalidField("saml.attributes", "saml.attributes must be claim names");
        }
        return new SamlRelyingParty(saml.entityId(), format, saml.recipient(), saml.encryptionCertificate(),
                attributes);
    }

    public static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | RuntimeException e) {
            throw StsException.invalidField("saml.encryptionCertificate",
                    "saml.encryptionCertificate must be a PEM X.509 certificate");
        }
    }
}

package org.symbolon.sts.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.saml.IssuedAssertion;
import org.symbolon.sts.token.saml.SamlAssertionIssuer;
import org.symbolon.sts.token.saml.SamlAssertionRequest;
import org.symbolon.sts.token.saml.UnwritableXmlException;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.SamlRelyingParty;
import org.symbolon.sts.trust.SamlRelyingPartyPolicy;

/**
 * The saml2 token type at the exchange: a signed (optionally encrypted) SAML 2.0 assertion for the
 * client's SAML relying party, returned base64url-encoded as RFC 8693 section 3 asks.
 */
@ApplicationScoped
public class SamlExchangeWriter {

    private static final String UNSPECIFIED_CONTEXT = "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified";

    @Inject
    SamlAssertionIssuer assertions;

    /** {@code claims} are the subject's claims after claims rules: the source of attributes and of an email NameID. */
    public IssuedAssertion write(Client client, SubjectToken subject, Map<String, Object> claims,
            List<String> requestedAudience, long lifetime) {
        SamlRelyingParty rp = client.saml();
        if (rp == null) {
            throw StsException.invalidRequest("This client has no SAML settings to receive saml2 tokens");
        }
        if (!requestedAudience.isEmpty() && !requestedAudience.equals(List.of(rp.entityId()))) {
            throw StsException.invalidTarget("A SAML assertion has one audience: the client's saml.entityId");
        }
        SamlAssertionRequest request = new SamlAssertionRequest(nameId(rp, subject, claims), rp.nameIdFormat(),
                rp.entityId(), rp.recipient(), Duration.ofSeconds(lifetime), authnInstant(subject), UNSPECIFIED_CONTEXT,
                attributes(rp, claims), true);
        try {
            return rp.encryptionCertificate() == null ? assertions.issue(request)
                    : assertions.issueEncrypted(request, SamlRelyingPartyPolicy.certificate(rp.encryptionCertificate()));
        } catch (UnwritableXmlException e) {
            throw StsException.invalidRequest("The subject token's claims hold a character a SAML assertion cannot carry");
        }
    }

    public static String encode(IssuedAssertion assertion) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(assertion.xml().getBytes(StandardCharsets.UTF_8));
    }

    private static String nameId(SamlRelyingParty rp, SubjectToken subject, Map<String, Object> claims) {
        return switch (rp.nameIdFormat()) {
            case SamlRelyingParty.EMAIL -> {
                Object email = claims.get("email");
                if (!(email instanceof String s) || !s.contains("@")) {
                    throw StsException.invalidRequest("The subject token has no email for an emailAddress NameID");
                }
                yield s;
            }
            case SamlRelyingParty.PERSISTENT -> pairwise(rp.entityId(), subject.subject());
            case SamlRelyingParty.TRANSIENT -> "_" + UUID.randomUUID();
            default -> subject.subject();
        };
    }

    /** Stable for one relying party and subject, different for every other relying party. */
    private static String pairwise(String entityId, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((entityId + "\u0000" + subject).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant authnInstant(SubjectToken subject) {
        Object authTime = subject.claims().getOrDefault("auth_time", subject.claims().get("iat"));
        return authTime instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : Instant.now();
    }

    private static Map<String, List<String>> attributes(SamlRelyingParty rp, Map<String, Object> claims) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (String name : rp.attributes()) {
            Object value = claims.get(name);
            if (value instanceof List<?> list) {
                List<String> values = new ArrayList<>();
                list.forEach(v -> values.add(String.valueOf(v)));
                attributes.put(name, values);
            } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                attributes.put(name, List.of(String.valueOf(value)));
            }
        }
        return attributes;
    }
}

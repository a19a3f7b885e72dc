package org.symbolon.sts.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.symbolon.sts.authn.AssertionReplayCache;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.config.StsConfig;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.token.saml.PartnerAssertion;
import org.symbolon.sts.token.saml.PartnerAssertion.BearerConfirmation;
import org.symbolon.sts.token.saml.SamlRefusal;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.PartnerDirectory;
import org.symbolon.sts.trust.PartnerIssuer;
import org.symbolon.sts.trust.PartnerMetadataSource;
import org.symbolon.sts.trust.TokenTypes;

/**
 * Validates a partner's SAML 2.0 assertion (RFC 7522 section 3, SAML core and profiles): signed by a
 * certificate from the registered metadata of the trusted, enabled partner named as its Issuer;
 * within its time conditions (3 minutes' skew); every AudienceRestriction naming this server; a bearer
 * SubjectConfirmation for this server that has not expired; and used once, remembered in the database
 * every node shares until it expires. The subject is namespaced by the partner ({@code issuerId:NameID}).
 */
@ApplicationScoped
public class PartnerSamlValidator {

    private static final String REPLAY_NAMESPACE = "saml2 ";

    @Inject
    StsConfig config;

    @Inject
    SamlConfig saml;

    @Inject
    PartnerDirectory partners;

    @Inject
    PartnerMetadataSource metadata;

    @Inject
    AssertionReplayCache replays;

    /** Validates an assertion presented by a client and records its ID as used. */
    public SubjectToken validate(String token, Client client, String parameter) {
        return validate(token, partner -> client.exchange().trustedIssuers().contains(partner.issuerId()), parameter,
                true);
    }

    /** Every check of {@link #validate} (the client's trust list only when a client is given), without using the assertion up. */
    public SubjectToken check(String token, Client client, String parameter) {
        return validate(token, partner -> client == null || client.exchange().trustedIssuers().contains(partner.issuerId()),
                parameter, false);
    }

    private SubjectToken validate(String token, Predicate<PartnerIssuer> clientTrusts, String parameter,
            boolean consume) {
        PartnerAssertion assertion;
        try {
            assertion = PartnerAssertion.parse(token);
        } catch (SamlRefusal e) {
            throw refused(parameter, e.getMessage());
        }
        PartnerIssuer partner = partners.byIssuer(assertion.issuer())
                .filter(p -> p.enabled() && p.isSaml())
                .orElseThrow(() -> refused(parameter, "is not from a trusted issuer"));
        if (!partner.tokenTypes().contains(TokenTypes.SAML2)) {
            throw refused(parameter, "type is not accepted from this issuer");
        }
        if (!clientTrusts.test(partner)) {
            throw refused(parameter, "is from an issuer this client may not exchange tokens from");
        }
        verify(assertion, partner, parameter);
        Instant expiresAt = checkConditions(assertion, partner, parameter);
        String nameId = assertion.nameId();
        if (nameId == null || nameId.isBlank()) {
            throw refused(parameter, "has no NameID");
        }
        if (consume && !replays.firstUse(REPLAY_NAMESPACE + partner.issuer(), assertion.id(),
                expiresAt.plus(saml.clockSkew()).toEpochMilli())) {
            throw refused(parameter, "was already used");
        }
        List<String> audience = assertion.audienceRestrictions().stream().flatMap(List::stream).distinct().toList();
        return new SubjectToken(partner.issuerId(), partner.issuer(), partner.issuerId() + ":" + nameId, nameId, null,
                audience, null, expiresAt.toEpochMilli(), List.of(), null, null, claims(assertion, partner, nameId));
    }

    private void verify(PartnerAssertion assertion, PartnerIssuer partner, String parameter) {
        Set<String> algorithms = partner.algorithms().stream().map(a -> a.getName()).collect(Collectors.toSet());
        List<X509Certificate> certificates = metadata.certificates(partner, false);
        try {
            assertion.verify(certificates, algorithms);
        } catch (SamlRefusal first) {
            List<X509Certificate> refreshed = metadata.certificates(partner, true);
            if (refreshed.equals(certificates)) {
                throw refused(parameter, first.getMessage());
            }
            try {
                assertion.verify(refreshed, algorithms);
            } catch (SamlRefusal again) {
                throw refused(parameter, again.getMessage());
            }
        }
    }

    /** @return when the assertion stops being usable: the earlier of its Conditions and its bearer confirmation */
    private Instant checkConditions(PartnerAssertion assertion, PartnerIssuer partner, String parameter) {
        Instant now = Instant.now();
        Instant early = now.plus(saml.clockSkew());
        Instant late = now.minus(saml.clockSkew());
        if (assertion.issueInstant() == null || assertion.issueInstant().isAfter(early)
                || (assertion.notBefore() != null && assertion.notBefore().isAfter(early))) {
            throw refused(parameter, "is not valid yet");
        }
        if (assertion.notOnOrAfter() != null && !assertion.notOnOrAfter().isAfter(late)) {
            throw refused(parameter, "has expired");
        }
        if (assertion.hasUnknownConditions()) {
            throw refused(parameter, "has a condition this server does not understand");
        }
        Set<String> ourNames = new HashSet<>(List.of(partner.audience(), saml.entityId(), config.tokenEndpoint()));
        List<List<String>> restrictions = assertion.audienceRestrictions();
        if (restrictions.isEmpty() || !restrictions.stream().allMatch(r -> r.stream().anyMatch(ourNames::contains))) {
            throw refused(parameter, "audience does not name this server");
        }
        BearerConfirmation confirmation = assertion.bearerConfirmations().stream()
                .filter(c -> c.recipient() != null && ourNames.contains(c.recipient()))
                .filter(c -> c.notOnOrAfter() != null && c.notOnOrAfter().isAfter(late))
                .filter(c -> c.notBefore() == null || !c.notBefore().isAfter(early))
                .findFirst()
                .orElseThrow(() -> refused(parameter,
                        "has no unexpired bearer SubjectConfirmation whose Recipient is this server"));
        Instant expiresAt = confirmation.notOnOrAfter();
        if (assertion.notOnOrAfter() != null && assertion.notOnOrAfter().isBefore(expiresAt)) {
            expiresAt = assertion.notOnOrAfter();
        }
        return expiresAt;
    }

    /** The assertion's attributes by Name, then what OpenID Connect names: iss, sub, auth_time and acr. */
    private static Map<String, Object> claims(PartnerAssertion assertion, PartnerIssuer partner, String nameId) {
        Map<String, Object> claims = new LinkedHashMap<>(assertion.attributes());
        claims.put("iss", partner.issuer());
        claims.put("sub", nameId);
        if (assertion.nameIdFormat() != null) {
            claims.put("nameid_format", assertion.nameIdFormat());
        }
        if (assertion.authnInstant() != null) {
            claims.put("auth_time", assertion.authnInstant().getEpochSecond());
        }
        if (assertion.authnContextClassRef() != null) {
            claims.put("acr", assertion.authnContextClassRef());
        }
        return claims;
    }

    static StsException refused(String parameter, String why) {
        return StsException.invalidRequest("The " + parameter + " " + why);
    }
}

package org.symbolon.sts.exchange;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Map;
import org.symbolon.sts.claims.ClaimsPipeline;
import org.symbolon.sts.claims.ClaimsResult;
import org.symbolon.sts.claims.ClaimsRuleSet;
import org.symbolon.sts.claims.ClaimsSource;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.ClientRepository;
import org.symbolon.sts.trust.PartnerIssuer;
import org.symbolon.sts.trust.PartnerIssuerRepository;
import org.symbolon.sts.trust.TokenTypes;

/**
 * Runs the claims rules an exchange would run, without issuing anything. A token is validated
 * exactly as at the exchange (signature, times, audience), so a preview cannot launder a bad token; a SAML
 * assertion previewed is not used up.
 */
@ApplicationScoped
public class ClaimsPreview {

    @Inject
    PartnerJwtValidator validator;

    @Inject
    PartnerSamlValidator samlValidator;

    @Inject
    PartnerIssuerRepository partners;

    @Inject
    ClientRepository clients;

    public ClaimsResult preview(ClaimsPreviewRequest request) {
        if ((request.token() == null) == (request.claimsJson() == null)) {
            throw StsException.invalidRequest("Give either claims or token");
        }
        Client client = request.clientId() == null ? null : clients.find(request.clientId())
                .orElseThrow(() -> StsException.invalidField("clientId", "No client with this clientId"));
        ClaimsRuleSet outgoing = client == null ? ClaimsRuleSet.EMPTY : client.outgoingRules();
        if (request.token() != null) {
            return fromToken(request, client, outgoing);
        }
        PartnerIssuer partner = request.issuerId() == null ? null : partners.find(request.issuerId())
                .orElseThrow(() -> StsException.invalidField("issuerId", "No partner issuer with this id"));
        ClaimsSource source = partner == null ? new ClaimsSource(null, null)
                : new ClaimsSource(partner.issuerId(), partner.issuer());
        return ClaimsPipeline.run(source, claims(request.claimsJson()), partner == null ? ClaimsRuleSet.EMPTY
                : partner.incomingRules(), outgoing);
    }

    private ClaimsResult fromToken(ClaimsPreviewRequest request, Client client, ClaimsRuleSet outgoing) {
        String type = request.tokenType() == null ? TokenTypes.JWT : request.tokenType();
        SubjectToken subject;
        if (TokenTypes.SAML2.equals(type)) {
            subject = samlValidator.check(request.token(), client, "token");
        } else if (TokenTypes.PARTNER_JWT_TYPES.contains(type)) {
            subject = client == null ? validator.validateForPreview(request.token(), type, "token")
                    : validator.validate(request.token(), type, client, "token");
        } else {
            throw StsException.invalidField("tokenType", "is not a supported partner token type");
        }
        if (request.issuerId() != null && !request.issuerId().equals(subject.issuerId())) {
            throw StsException.invalidField("issuerId", "The token was issued by partner '" + subject.issuerId() + "'");
        }
        PartnerIssuer partner = partners.find(subject.issuerId())
                .orElseThrow(() -> StsException.invalidField("token", "The token's issuer is no longer registered"));
        return ClaimsPipeline.run(new ClaimsSource(subject.issuerId(), subject.issuer()), subject.claims(),
                partner.incomingRules(), outgoing);
    }

    private static Map<String, Object> claims(String json) {
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw StsException.invalidField("claims", "must be a JSON object");
        }
    }
}

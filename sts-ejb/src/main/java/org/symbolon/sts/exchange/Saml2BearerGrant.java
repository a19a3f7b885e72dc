package org.symbolon.sts.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.symbolon.sts.trust.Client;
import org.symbolon.sts.trust.GrantTypes;
import org.symbolon.sts.trust.TokenTypes;

/**
 * RFC 7522 section 2.1: a trusted partner's signed SAML 2.0 assertion (base64url) as an authorization
 * grant, valid for this server as its audience and bearer Recipient, accepted once.
 */
@ApplicationScoped
public class Saml2BearerGrant extends AssertionGrant {

    @Inject
    PartnerSamlValidator partners;

    @Override
    public String grantType() {
        return GrantTypes.SAML2_BEARER;
    }

    @Override
    protected String assertionType() {
        return TokenTypes.SAML2;
    }

    @Override
    protected SubjectToken validate(String assertion, Client client) {
        return partners.validate(assertion, client, "assertion");
    }
}

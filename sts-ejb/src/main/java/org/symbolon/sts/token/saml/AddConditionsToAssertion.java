package org.symbolon.sts.token.saml;

import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.Conditions;

/** Conditions: valid from issue until NotOnOrAfter, and for the one relying party that asked. */
final class AddConditionsToAssertion implements AssertionStep {

    @Override
    public void apply(Assertion assertion, AssertionContext context) {
        Audience audience = SamlObjects.build(Audience.DEFAULT_ELEMENT_NAME);
        audience.setURI(context.request().audience());
        AudienceRestriction restriction = SamlObjects.build(AudienceRestriction.DEFAULT_ELEMENT_NAME);
        restriction.getAudiences().add(audience);

        Conditions conditions = SamlObjects.build(Conditions.DEFAULT_ELEMENT_NAME);
        conditions.setNotBefore(context.issueInstant());
        conditions.setNotOnOrAfter(context.notOnOrAfter());
        conditions.getAudienceRestrictions().add(restriction);
        assertion.setConditions(conditions);
    }
}

package org.symbolon.sts.token.saml;

import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnStatement;

/** AuthnStatement: when and how the subject authenticated. */
final class AddAuthnStatementToAssertion implements AssertionStep {

    @Override
    public void apply(Assertion assertion, AssertionContext context) {
        AuthnContextClassRef classRef = SamlObjects.build(AuthnContextClassRef.DEFAULT_ELEMENT_NAME);
        classRef.setURI(context.request().authnContextClassRef());
        AuthnContext authnContext = SamlObjects.build(AuthnContext.DEFAULT_ELEMENT_NAME);
        authnContext.setAuthnContextClassRef(classRef);

        AuthnStatement statement = SamlObjects.build(AuthnStatement.DEFAULT_ELEMENT_NAME);
        statement.setAuthnInstant(context.request().authnInstant());
        statement.setAuthnContext(authnContext);
        if (context.sso() != null) {
            statement.setSessionIndex(context.sso().sessionIndex());
            statement.setSessionNotOnOrAfter(context.sso().sessionNotOnOrAfter());
        }
        assertion.getAuthnStatements().add(statement);
    }
}

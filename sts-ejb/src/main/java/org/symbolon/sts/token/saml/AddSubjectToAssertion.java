package org.symbolon.sts.token.saml;

import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;

/**
 * Subject: who the assertion is about, and a bearer confirmation. Its data has NotOnOrAfter and, when
 * known, the Recipient, but never NotBefore (SAML 2.0 Web SSO profile, section 4.1.4.2).
 */
final class AddSubjectToAssertion implements AssertionStep {

    @Override
    public void apply(Assertion assertion, AssertionContext context) {
        SamlAssertionRequest request = context.request();
        NameID nameId = SamlObjects.build(NameID.DEFAULT_ELEMENT_NAME);
        nameId.setValue(request.subjectNameId());
        nameId.setFormat(request.nameIdFormat());

        SubjectConfirmationData data = SamlObjects.build(SubjectConfirmationData.DEFAULT_ELEMENT_NAME);
        data.setNotOnOrAfter(context.notOnOrAfter());
        data.setRecipient(request.recipient());
        if (context.sso() != null) {
            data.setInResponseTo(context.sso().inResponseTo());
        }
        SubjectConfirmation confirmation = SamlObjects.build(SubjectConfirmation.DEFAULT_ELEMENT_NAME);
        confirmation.setMethod(SubjectConfirmation.METHOD_BEARER);
        confirmation.setSubjectConfirmationData(data);

        Subject subject = SamlObjects.build(Subject.DEFAULT_ELEMENT_NAME);
        subject.setNameID(nameId);
        subject.getSubjectConfirmations().add(confirmation);
        assertion.setSubject(subject);
    }
}

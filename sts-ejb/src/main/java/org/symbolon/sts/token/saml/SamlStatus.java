package org.symbolon.sts.token.saml;

import org.opensaml.saml.saml2.core.Status;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.StatusMessage;

/** The Status of a SAML response (core 3.2.2.1): a top-level code, an optional second level and message. */
final class SamlStatus {

    private SamlStatus() {
    }

    static Status of(String topCode, String secondCode, String message) {
        StatusCode code = code(topCode);
        if (secondCode != null) {
            code.setStatusCode(code(secondCode));
        }
        Status status = SamlObjects.build(Status.DEFAULT_ELEMENT_NAME);
        status.setStatusCode(code);
        if (message != null) {
            StatusMessage text = SamlObjects.build(StatusMessage.DEFAULT_ELEMENT_NAME);
            text.setValue(message);
            status.setStatusMessage(text);
        }
        return status;
    }

    private static StatusCode code(String value) {
        StatusCode code = SamlObjects.build(StatusCode.DEFAULT_ELEMENT_NAME);
        code.setValue(value);
        return code;
    }
}

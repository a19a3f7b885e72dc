package org.symbolon.sts.token.saml;

import org.opensaml.saml.saml2.core.Assertion;

/** One step that adds to an assertion under construction, as the Shibboleth IdP's profile actions do. */
interface AssertionStep {

    void apply(Assertion assertion, AssertionContext context);
}

package org.symbolon.sts.token.saml;

import java.util.List;
import java.util.Map;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.AttributeValue;

/**
 * AttributeStatement: one Attribute per name, NameFormat uri for URI names and basic otherwise, xs:string values. Left out when there
 * are no attributes, as the schema requires at least one in a statement.
 */
final class AddAttributeStatementToAssertion implements AssertionStep {

    @Override
    public void apply(Assertion assertion, AssertionContext context) {
        Map<String, List<String>> attributes = context.request().attributes();
        if (attributes.isEmpty()) {
            return;
        }
        AttributeStatement statement = SamlObjects.build(AttributeStatement.DEFAULT_ELEMENT_NAME);
        attributes.forEach((name, values) -> statement.getAttributes().add(attribute(name, values)));
        assertion.getAttributeStatements().add(statement);
    }

    private static Attribute attribute(String name, List<String> values) {
        Attribute attribute = SamlObjects.build(Attribute.DEFAULT_ELEMENT_NAME);
        attribute.setName(name);
        attribute.setNameFormat(name.contains(":") ? Attribute.URI_REFERENCE : Attribute.BASIC);
        for (String value : values) {
            attribute.getAttributeValues().add(SamlObjects.string(AttributeValue.DEFAULT_ELEMENT_NAME, value));
        }
        return attribute;
    }
}

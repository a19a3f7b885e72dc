package org.symbolon.sts.token.saml;

import java.util.Map;
import javax.xml.XMLConstants;
import net.shibboleth.utilities.java.support.component.ComponentInitializationException;
import net.shibboleth.utilities.java.support.xml.BasicParserPool;

/**
 * The parser settings for hostile XML, spelled out rather than left to defaults: a DOCTYPE is refused
 * outright (XXE, entity expansion bombs and external DTDs all need one), nothing is fetched from
 * outside, no XInclude. Comments are dropped while parsing, so text split by a comment is read whole.
 */
final class SecureParserPool {

    private SecureParserPool() {
    }

    static BasicParserPool create() {
        BasicParserPool pool = new BasicParserPool();
        pool.setNamespaceAware(true);
        pool.setIgnoreComments(true);
        pool.setExpandEntityReferences(false);
        pool.setXincludeAware(false);
        pool.setDTDValidating(false);
        pool.setBuilderFeatures(Map.of(
                XMLConstants.FEATURE_SECURE_PROCESSING, true,
                "http://apache.org/xml/features/disallow-doctype-decl", true,
                "http://xml.org/sax/features/external-general-entities", false,
                "http://xml.org/sax/features/external-parameter-entities", false,
                "http://apache.org/xml/features/nonvalidating/load-external-dtd", false));
        pool.setBuilderAttributes(Map.of(
                XMLConstants.ACCESS_EXTERNAL_DTD, "",
                XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""));
        try {
            pool.initialize();
        } catch (ComponentInitializationException e) {
            throw new IllegalStateException("The XML parser pool could not be initialised", e);
        }
        return pool;
    }
}

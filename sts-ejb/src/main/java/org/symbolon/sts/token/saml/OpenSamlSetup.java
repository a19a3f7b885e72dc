package org.symbolon.sts.token.saml;

import net.shibboleth.utilities.java.support.xml.ParserPool;
import org.opensaml.core.config.ConfigurationService;
import org.opensaml.core.config.InitializationException;
import org.opensaml.core.config.InitializationService;
import org.opensaml.core.xml.config.XMLObjectProviderRegistry;
import org.opensaml.xmlsec.signature.Signature;

/**
 * OpenSAML's one-time set-up: its builders, marshallers and algorithm registries, then our parser
 * pool in place of its default, and our signature marshaller, which signs with the signing key's
 * own provider. OpenSAML keeps these in static state, which the application's class
 * loader scopes to this application; unit tests call this without a container.
 */
final class OpenSamlSetup {

    private static volatile ParserPool parserPool;

    private OpenSamlSetup() {
    }

    static ParserPool ensureInitialised() {
        ParserPool ready = parserPool;
        return ready != null ? ready : initialise();
    }

    private static synchronized ParserPool initialise() {
        if (parserPool == null) {
            try {
                InitializationService.initialize();
            } catch (InitializationException e) {
                throw new IllegalStateException("OpenSAML could not be initialised", e);
            }
            ParserPool pool = SecureParserPool.create();
            XMLObjectProviderRegistry registry = ConfigurationService.get(XMLObjectProviderRegistry.class);
            registry.setParserPool(pool);
            registry.getMarshallerFactory().registerMarshaller(Signature.DEFAULT_ELEMENT_NAME,
                    new ProviderSignatureMarshaller());
            parserPool = pool;
        }
        return parserPool;
    }
}

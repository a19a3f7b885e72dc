package org.symbolon.sts.token.saml;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import net.shibboleth.utilities.java.support.xml.ParserPool;

/**
 * Initialises OpenSAML once per application, at start, so that the first SAML request does not pay
 * for it, and hands out the parser pool that every incoming SAML document must go through.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OpenSamlRuntime {

    private static final Logger LOG = Logger.getLogger(OpenSamlRuntime.class.getName());

    private ParserPool parserPool;

    @PostConstruct
    void start() {
        long started = System.nanoTime();
        parserPool = OpenSamlSetup.ensureInitialised();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LOG.info(() -> "OpenSAML initialised in " + millis + " ms");
    }

    /** Parses incoming XML: no DOCTYPE, hence no external entities and no entity expansion. */
    public ParserPool parserPool() {
        return parserPool;
    }
}

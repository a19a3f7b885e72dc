package org.symbolon.sts.token.saml;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import net.shibboleth.utilities.java.support.xml.ParserPool;

/**
 * Initialises OpenSAML once per application, just after start and off the start path (a timer
 * that fires at once), so that neither readiness nor the first SAML request waits for it; a
 * request that comes earlier initialises it itself. Hands out the parser pool that every incoming
 * SAML document must go through.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OpenSamlRuntime {

    private static final Logger LOG = Logger.getLogger(OpenSamlRuntime.class.getName());

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        timers.createSingleActionTimer(0, new TimerConfig(null, false));
    }

    @Timeout
    void initialise() {
        long started = System.nanoTime();
        OpenSamlSetup.ensureInitialised();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LOG.info(() -> "OpenSAML initialised in " + millis + " ms");
    }

    /** Parses incoming XML: no DOCTYPE, hence no external entities and no entity expansion. */
    public ParserPool parserPool() {
        return OpenSamlSetup.ensureInitialised();
    }
}

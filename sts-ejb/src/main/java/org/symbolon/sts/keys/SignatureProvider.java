package org.symbolon.sts.keys;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The JCA provider that computes and checks token signatures. {@code auto} (the default) takes the
 * Amazon Corretto Crypto Provider, the native AWS-LC library, when it loads on this platform and
 * passes its self-tests: RS256 signatures cost about half, ES256 ones a twentieth of the JDK's.
 * Where it does not load (another OS or CPU, a read-only temporary directory, a second copy of the
 * application in the same JVM) the JDK's own providers sign, with the same keys and the same
 * results. {@code jdk} always uses the JDK; {@code native} refuses to start without the native one.
 */
public final class SignatureProvider {

    private static final Logger LOG = Logger.getLogger(SignatureProvider.class.getName());

    /** The values of {@code sts.crypto.provider}. */
    public enum Choice {
        AUTO, JDK, NATIVE;

        public static Choice parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("sts.crypto.provider must be auto, jdk or native, not " + value, e);
            }
        }
    }

    private SignatureProvider() {
    }

    /** The provider for the setting: empty means the JDK's default providers. */
    public static Optional<Provider> choose(Choice choice) {
        if (choice == Choice.JDK) {
            LOG.info("Token signatures by the JDK's providers (sts.crypto.provider=jdk)");
            return Optional.empty();
        }
        Optional<String> failure = nativeFailure();
        if (failure.isEmpty()) {
            LOG.info(() -> "Token signatures by " + AmazonCorrettoCryptoProvider.INSTANCE.getName() + " "
                    + AmazonCorrettoCryptoProvider.INSTANCE.getVersionStr() + " (native AWS-LC)");
            return Optional.of(AmazonCorrettoCryptoProvider.INSTANCE);
        }
        if (choice == Choice.NATIVE) {
            throw new IllegalStateException("sts.crypto.provider=native, but the native provider is unusable: "
                    + failure.get());
        }
        LOG.info(() -> "Token signatures by the JDK's providers: the native provider is unusable here ("
                + failure.get() + ")");
        return Optional.empty();
    }

    /** Why the native provider cannot be used here, or empty when it can. */
    static Optional<String> nativeFailure() {
        try {
            AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
            Throwable loading = provider.getLoadingError();
            if (loading != null) {
                return Optional.of(String.valueOf(loading.getMessage()));
            }
            provider.assertHealthy();
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}

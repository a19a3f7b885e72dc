package org.symbolon.sts.token.saml;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import net.shibboleth.utilities.java.support.security.IdentifierGenerationStrategy;
import net.shibboleth.utilities.java.support.security.impl.SecureRandomIdentifierGenerationStrategy;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.symbolon.sts.config.SamlConfig;
import org.symbolon.sts.keys.KeyRing;
import org.symbolon.sts.keys.LoadedKey;
import org.symbolon.sts.keys.SigningAlgorithm;

/**
 * Serves our metadata signed by the active RS256 key, listing the active and the next key so that
 * relying parties trust the next one before it signs. A signed copy is kept until the keys change or
 * its cacheDuration passes: anyone may fetch metadata, and an RSA signature per request would let
 * them spend our CPU.
 */
@ApplicationScoped
public class SamlMetadataPublisher {

    private final IdentifierGenerationStrategy ids = new SecureRandomIdentifierGenerationStrategy();
    private final AtomicReference<SignedMetadata> current = new AtomicReference<>();

    @Inject
    SamlConfig config;

    @Inject
    KeyRing keyRing;

    private record SignedMetadata(List<String> kids, Instant signedAt, String xml) {
    }

    public String metadata() {
        LoadedKey active = keyRing.active(SigningAlgorithm.RS256);
        List<LoadedKey> published = Stream.concat(Stream.of(active), keyRing.next(SigningAlgorithm.RS256).stream())
                .filter(key -> key.certificate() != null)
                .toList();
        List<String> kids = published.stream().map(LoadedKey::kid).toList();
        Instant now = Instant.now();
        SignedMetadata cached = current.get();
        if (cached != null && cached.kids().equals(kids)
                && now.isBefore(cached.signedAt().plus(config.metadataCacheDuration()))) {
            return cached.xml();
        }
        EntityDescriptor entity = IdpMetadataBuilder.build(config.entityId(), ids.generateIdentifier(),
                published.stream().map(LoadedKey::certificate).toList(),
                now.plus(config.metadataValidity()).truncatedTo(ChronoUnit.SECONDS),
                config.metadataCacheDuration(), config.ssoEndpoint(), config.sloEndpoint());
        SamlSigner.sign(entity, active);
        SignedMetadata signed = new SignedMetadata(kids, now, SamlXml.serialize(entity));
        current.set(signed);
        return signed.xml();
    }
}
